"""The sample reports staff can open are the report package's (checker/report/samples.py)."""

from ..report.samples import SAMPLES, Sample

__all__ = ["SAMPLES", "Sample"]
