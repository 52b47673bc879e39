"""``manage.py scan_advert``: JSON for a clinic's text, exit code 2 with one line for bad input."""

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.management import call_command

from rules.scan import MAX_CHARS

ROOT = Path(__file__).resolve().parents[2]
ADVERT = ("Our clinically proven stem cell therapy has no side effects. "
          "Package price $4,800, flights and hotel included.\n"
          "¡Oferta válida hasta el viernes! 🎉 Reserve with a 20% deposit.")


def run(stdin: bytes, *args: str):
    return subprocess.run([sys.executable, "manage.py", "scan_advert", *(args or ("-",))],
                          input=stdin, capture_output=True, cwd=ROOT, timeout=60)


def call(monkeypatch, data: bytes, *args: str) -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))
    out, err = io.StringIO(), io.StringIO()
    code = 0
    try:
        call_command("scan_advert", *(args or ("-",)), stdout=out, stderr=err)
    except SystemExit as exc:
        code = exc.code
    return code, out.getvalue(), err.getvalue()


def test_it_prints_the_findings_as_json_with_spans_into_the_text_as_read():
    out = run(ADVERT.encode())
    assert out.returncode == 0, out.stderr
    result = json.loads(out.stdout)
    assert set(result) == {"language", "signs", "findings"}
    assert result["language"] == "en"
    assert {"no_evidence", "no_risks_claim", "unjustified_cost", "travel_package",
            "upfront_payment"} <= set(result["signs"])
    assert result["signs"] == list(dict.fromkeys(f["sign"] for f in result["findings"]))
    for finding in result["findings"]:
        assert set(finding) == {"sign", "start", "end", "quote", "explanation", "source"}
        assert ADVERT[finding["start"]:finding["end"]] == finding["quote"]
        assert finding["explanation"] and finding["source"]
    quotes = {f["sign"]: f["quote"] for f in result["findings"]}
    assert quotes["no_risks_claim"] == "no side effects"
    assert quotes["upfront_payment"].endswith("deposit")


def test_it_reads_a_file_and_keeps_indices_after_a_byte_order_mark(tmp_path, monkeypatch):
    path = tmp_path / "advert.txt"
    text = "\ufeffTratamiento 100% seguro, sin efectos secundarios."
    path.write_bytes(text.encode("utf-8"))
    code, out, err = call(monkeypatch, b"", str(path))
    assert code == 0, err
    result = json.loads(out)
    assert result["language"] == "es"
    assert [f["quote"] for f in result["findings"]] == ["100% seguro", "sin efectos secundarios"]
    assert all(text[f["start"]:f["end"]] == f["quote"] for f in result["findings"])


def test_the_language_can_be_given(monkeypatch):
    code, out, _ = call(monkeypatch, b"Resultados garantizados", "-", "--language", "en")
    assert code == 0 and json.loads(out)["language"] == "en"
    assert json.loads(out)["signs"] == []  # the Spanish rules were not used
    code, out, _ = call(monkeypatch, b"Resultados garantizados", "-", "--language", "es")
    assert json.loads(out)["signs"] == ["guaranteed_results"]


def test_a_text_with_nothing_to_flag_gives_empty_lists(monkeypatch):
    code, out, _ = call(monkeypatch, b"Please bring your medical records to the appointment.")
    assert code == 0
    assert json.loads(out) == {"language": "en", "signs": [], "findings": []}


@pytest.mark.parametrize("data,problem", [
    (b"", "empty"),
    (b"  \n\t ", "empty"),
    (b"\xff\xfe\x00a", "not UTF-8"),
    ("caf\u00e9".encode("latin-1"), "not UTF-8"),
    (b"a" * (MAX_CHARS + 1), "limit is 20000"),
])
def test_bad_input_is_one_line_and_exit_code_2(monkeypatch, data, problem):
    code, out, err = call(monkeypatch, data)
    assert code == 2
    assert out == ""
    assert problem in err and err.count("\n") <= 1


def test_the_limit_counts_characters_not_bytes(monkeypatch):
    code, out, err = call(monkeypatch, ("é" * MAX_CHARS).encode())
    assert code == 0, err


def test_a_missing_file_is_named(monkeypatch, tmp_path):
    code, _, err = call(monkeypatch, b"", str(tmp_path / "nope.txt"))
    assert code == 2 and "nope.txt" in err


def test_bad_input_exits_2_from_the_shell():
    out = run(b"")
    assert out.returncode == 2
    assert out.stdout == b""
    assert out.stderr.decode().strip().count("\n") == 0


class _CountingStream(io.BytesIO):
    """Standard input that counts how many bytes were read from it."""

    def __init__(self, data: bytes) -> None:
        super().__init__(data)
        self.taken = 0

    def read(self, size: int | None = -1) -> bytes:
        chunk = super().read(size)
        self.taken += len(chunk)
        return chunk


def test_an_over_long_input_is_refused_without_reading_it_all(monkeypatch):
    stream = _CountingStream(b"111." * 2_500_000)  # 10 MB
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(stream, encoding="utf-8"))
    out, err = io.StringIO(), io.StringIO()
    with pytest.raises(SystemExit) as exit_:
        call_command("scan_advert", "-", stdout=out, stderr=err)
    assert exit_.value.code == 2
    assert "limit is 20000" in err.getvalue()
    assert stream.taken <= MAX_CHARS + 1 + 8192


def test_a_bad_byte_after_the_first_chunk_is_placed_exactly(monkeypatch):
    data = "é".encode() * 5000 + b"\xff"  # the bad byte is at position 10000
    code, _, err = call(monkeypatch, data)
    assert code == 2 and "position 10000" in err


def test_the_explanations_are_in_the_text_language(monkeypatch):
    code, out, _ = call(monkeypatch, b"Tratamiento sin efectos secundarios.")
    result = json.loads(out)
    assert code == 0 and result["language"] == "es" and "complete" not in result
    assert result["findings"][0]["explanation"].startswith("El texto")
    code, out, _ = call(monkeypatch, b"A treatment with no side effects.")
    assert json.loads(out)["findings"][0]["explanation"].startswith("The text")


def test_the_probe_inputs_are_answered_whole(monkeypatch):
    monkeypatch.setattr("rules.advert.scanner.BUDGET_SECONDS", 30.0)  # cannot flake
    for unit in ("111.", "111,", "€111.", "1.11.111.1111.", "111 ", "hotel "):
        text = (unit * MAX_CHARS)[:MAX_CHARS]
        code, out, err = call(monkeypatch, text.encode())
        assert code == 0, err
        result = json.loads(out)
        assert result.get("complete", True) is (len(result["findings"]) < 200), unit


def test_a_scan_out_of_time_prints_what_it_found_and_says_so(monkeypatch):
    monkeypatch.setattr("rules.advert.scanner.BUDGET_SECONDS", -1.0)
    code, out, err = call(monkeypatch, ADVERT.encode())
    assert code == 0
    assert json.loads(out)["complete"] is False
    assert err.startswith("warning: the scan stopped early")
