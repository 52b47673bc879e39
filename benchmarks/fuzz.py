"""A bounded fuzz run against gunicorn with production settings: no request may get a 500.

    .venv/bin/python benchmarks/fuzz.py                      # 20,000 requests
    .venv/bin/python benchmarks/fuzz.py --requests 3000 --concurrency 4

It sets up a production data folder (collectstatic, migrate), starts gunicorn with the
variables the README documents (DEBUG off, HTTPS on behind a proxy on loopback that says
X-Forwarded-Proto: https) and sends, from 127.0.0.1 only:

* the charset matrix: 5 routes (a page, a form, a question page with its session, a static
  file, an unknown URL), each with a query string, x 6 content-type forms (form, multipart,
  text, a repeated charset, RFC 2231 ``charset*``, a quoted charset in JSON) x 29 charsets
  (codecs that are not text encodings included) x GET and POST;
* malformed multipart bodies on every route, and charsets with a bad Host header;
* random requests up to --requests: methods, paths, query strings, headers and bodies.

It prints a table of answers by kind of request and by status, how many 400s lacked our
security headers, and the size of the error log. Exit status 1 when any answer was a 500.
The run is bounded by --requests and --timeout, and the server is stopped at the end.
"""

import argparse
import http.client
import os
import random
import re
import secrets
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from _common import reuse_collected_static

ROOT = Path(__file__).resolve().parents[1]
HOST = "checker.example.org"

CHARSETS = [
    "utf-8", "UTF8", "us-ascii", "latin-1", "iso-8859-1", "windows-1252", "utf-16",
    "utf-16le", "utf-32", "utf-7", "shift_jis", "euc-jp", "gb2312", "big5", "koi8-r", "cp500",
    "base64", "rot13", "hex", "zlib", "uu_codec", "idna", "punycode", "bz2", "quopri",
    "unicode_escape", "raw_unicode_escape", "x-no-such-charset", "",
]
BOUNDARY = "fuzzboundary7"
CONTENT_TYPES = [
    "application/x-www-form-urlencoded; charset={c}",
    "multipart/form-data; boundary=" + BOUNDARY + "; charset={c}",
    "text/plain; charset={c}",
    "application/x-www-form-urlencoded; charset=utf-8; charset={c}",
    "application/x-www-form-urlencoded; charset*=utf-8''{c}",
    'application/json; charset="{c}"',
]
MULTIPART_BODIES = [
    b"",
    b"--" + BOUNDARY.encode(),
    b"--" + BOUNDARY.encode() + b'\r\nContent-Disposition: form-data; name="code"\r\n\r\nx',
    b"--" + BOUNDARY.encode() + b"\r\n\r\nno headers\r\n--" + BOUNDARY.encode() + b"--\r\n",
    b"--" + BOUNDARY.encode() + b'\r\nContent-Disposition: form-data; name="f"; '
    b'filename="a.txt"\r\nContent-Type: text/plain\r\n\r\nfile\r\n--' + BOUNDARY.encode()
    + b"--\r\n",
    b"--" + BOUNDARY.encode() + b'\r\nContent-Disposition: form-data; name="a"\r\n'
    b"Content-Transfer-Encoding: base64\r\n\r\n!!!=\r\n--" + BOUNDARY.encode() + b"--\r\n",
    b"--" + BOUNDARY.encode() + b"\r\nContent-Disposition: form-data; name*=utf-8''%FF%FE"
    b"\r\n\r\nx\r\n--" + BOUNDARY.encode() + b"--\r\n",
    b"--" + BOUNDARY.encode() + b'\r\nContent-Disposition: form-data; name="a"\r\n'
    + b"X-Pad: y\r\n" * 3000 + b"\r\nx\r\n--" + BOUNDARY.encode() + b"--\r\n",
    b"\x00\xff" * 500,
    b"--" + BOUNDARY.encode() + b'\r\nContent-Disposition: form-data; name="\xff\xfe"\r\n\r\n'
    b"\xc3\x28\r\n--" + BOUNDARY.encode() + b"--\r\n",
]
MULTIPART_TYPES = [
    "multipart/form-data; boundary=" + BOUNDARY,
    "multipart/form-data",
    'multipart/form-data; boundary=""',
    "multipart/form-data; boundary=" + "b" * 300,
    "multipart/mixed; boundary=" + BOUNDARY,
]
SECURITY_HEADERS = ("content-security-policy", "x-frame-options", "x-content-type-options")


def production_env(data_dir: str, port: int) -> dict[str, str]:
    keep = {k: v for k, v in os.environ.items()
            if k in ("PATH", "HOME", "LANG", "LC_ALL", "TMPDIR", "VIRTUAL_ENV")}
    return keep | {
        "DJANGO_SETTINGS_MODULE": "checker.settings",
        "DJANGO_SECRET_KEY": secrets.token_urlsafe(50),
        "DJANGO_ALLOWED_HOSTS": f"{HOST},127.0.0.1",
        "DJANGO_CSRF_TRUSTED_ORIGINS": f"https://{HOST}",
        "DJANGO_TRUST_X_FORWARDED_PROTO": "1",
        "CHECKER_OPERATOR": "Fuzz run", "CHECKER_CONTACT": "fuzz@example.org",
        "CHECKER_DATA_DIR": data_dir, "GUNICORN_BIND": f"127.0.0.1:{port}",
        "GUNICORN_ERROR_LOG": str(Path(data_dir) / "error.log"),
        "WEB_CONCURRENCY": os.environ.get("WEB_CONCURRENCY", "3"),
    }


def request(port: int, method: str, path: str, headers: dict, body: bytes | None):
    """(status, lower-cased headers); status 0 when the connection failed."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    try:
        connection.putrequest(method, path, skip_host=True, skip_accept_encoding=True)
        headers = {"Host": HOST, "X-Forwarded-Proto": "https", **headers}
        if body is not None:
            headers.setdefault("Content-Length", str(len(body)))
        for name, value in headers.items():
            connection.putheader(name, value)
        connection.endheaders(body)
        response = connection.getresponse()
        response.read()
        return response.status, {k.lower(): v for k, v in response.getheaders()}
    except (OSError, http.client.HTTPException):
        return 0, {}
    finally:
        connection.close()


def open_questionnaire(port: int) -> tuple[str, str]:
    """A questionnaire of our own: (its first question page's path, the session cookie)."""
    status, headers = request(port, "GET", "/check/", {}, None)
    assert status == 302, status
    cookie = re.search(r"(__Host-sessionid=[^;]+)", headers.get("set-cookie", ""))
    assert cookie, headers
    return headers["location"], cookie.group(1)


def form_body(content_type: str, charset: str) -> bytes:
    text = "code=7KQ4-M2XD-9F3A&advert_text=caf\u00e9"
    if content_type.startswith("multipart/"):
        return (f"--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"code\"\r\n\r\n"
                f"caf\u00e9\r\n--{BOUNDARY}--\r\n").encode()
    try:
        return text.encode(charset or "utf-8")
    except (LookupError, UnicodeError, TypeError):
        return text.encode()


def matrix(routes: list[str], cookie: str) -> list[tuple[str, str, str, dict, bytes | None]]:
    """The probe's matrix, malformed multipart bodies, and bad hosts with bad charsets."""
    jobs = []
    for route in routes:
        for form in CONTENT_TYPES:
            for charset in CHARSETS:
                content_type = form.format(c=charset)
                for method in ("GET", "POST"):
                    body = form_body(content_type, charset) if method == "POST" else None
                    headers = {"Content-Type": content_type, "Cookie": cookie}
                    jobs.append(("charset matrix", method, route + "?q=caf%C3%A9&a=%FF",
                                 headers, body))
        for content_type in MULTIPART_TYPES:
            for body in MULTIPART_BODIES:
                jobs.append(("multipart", "POST", route, {"Content-Type": content_type,
                                                          "Cookie": cookie}, body))
        for host in ("evil.example", "", "a b", "[::1", "\u00e9.example"):
            for charset in ("latin-1", "base64", "utf-8"):
                jobs.append(("bad host", "GET", route + "?x=1",
                             {"Host": host.encode("utf-8").decode("latin-1"),
                              "Content-Type": f"text/plain; charset={charset}"}, None))
    return jobs


def random_job(rng: random.Random, routes: list[str], cookie: str):
    method = rng.choice(["GET", "GET", "POST", "POST", "HEAD", "PUT", "DELETE", "OPTIONS",
                         "PATCH"])
    path = rng.choice(routes + ["/privacy/", "/how-it-works/", "/after-treatment/card.pdf",
                                "/static/css/../../etc/passwd", "/%ff%fe/", "/staff/",
                                "/admin/login/", "/report/" + "0" * 8 + "/", "/i18n/setlang/"])
    if rng.random() < 0.6:
        path += "?" + "&".join(f"{rng.choice(['q', 'next', '%ff', 'a%00'])}="
                               f"{rng.choice(['1', '%C3%A9', '%FF%FE', 'x' * 50, '%0A'])}"
                               for _ in range(rng.randint(1, 4)))
    headers = {"Cookie": rng.choice([cookie, "", "sessionid=\xff", "a=" + "b" * 100])}
    if rng.random() < 0.7:
        form = rng.choice(CONTENT_TYPES + MULTIPART_TYPES + ["", "text/html", ";;;=",
                                                             "charset=latin-1"])
        headers["Content-Type"] = form.format(c=rng.choice(CHARSETS))
    body = None
    if method in ("POST", "PUT", "PATCH") or rng.random() < 0.1:
        body = rng.choice([rng.randbytes(rng.randint(0, 2000)),
                           rng.choice(MULTIPART_BODIES),
                           f"code={rng.randint(0, 10**12)}&csrfmiddlewaretoken=x".encode()])
    return "random", method, path, headers, body


def run(port: int, jobs, concurrency: int, deadline: float):
    results: dict[str, Counter] = defaultdict(Counter)
    unguarded = Counter()

    def one(job):
        kind, method, path, headers, body = job
        if time.monotonic() > deadline:
            return kind, -1, {}
        status, got = request(port, method, path, headers, body)
        return kind, status, got

    with ThreadPoolExecutor(concurrency) as pool:
        for kind, status, got in pool.map(one, jobs):
            results[kind][status] += 1
            if status == 400 and not all(h in got for h in SECURITY_HEADERS):
                unguarded[kind] += 1
    return results, unguarded


def print_table(results, unguarded, seconds: float, log: Path) -> int:
    statuses = sorted({s for counts in results.values() for s in counts})
    print(f"\n{'requests':<16}{'n':>7}" + "".join(f"{s:>7}" for s in statuses)
          + f"{'400 w/o headers':>17}")
    total = Counter()
    for kind, counts in results.items():
        total.update(counts)
        print(f"{kind:<16}{sum(counts.values()):>7}"
              + "".join(f"{counts[s]:>7}" for s in statuses) + f"{unguarded[kind]:>17}")
    print(f"{'all':<16}{sum(total.values()):>7}" + "".join(f"{total[s]:>7}" for s in statuses)
          + f"{sum(unguarded.values()):>17}")
    text = log.read_text("utf-8", "replace") if log.exists() else ""
    print(f"\nstatus 0: connection failed; -1: not sent (time out). {seconds:.0f} s.")
    print(f"error log: {len(text.encode())} bytes, {text.count(chr(10))} lines, "
          f"{text.count('Traceback')} tracebacks")
    return total[500]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--requests", type=int, default=20000)
    parser.add_argument("--concurrency", type=int, default=6)
    parser.add_argument("--timeout", type=float, default=1200, help="seconds for the run")
    parser.add_argument("--seed", type=int, default=22)
    parser.add_argument("--quick", action="store_true",
                        help="a smoke test: the charset matrix's first 60 requests, 2 at a time")
    args = parser.parse_args()
    if args.quick:
        args.requests, args.concurrency = 60, 2
    data_dir = tempfile.mkdtemp(prefix="checker-fuzz-")
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    env = production_env(data_dir, port)
    commands = [["migrate", "--noinput"]]
    if not reuse_collected_static(Path(data_dir) / "staticfiles"):  # STATIC_ROOT
        commands.insert(0, ["collectstatic", "--noinput"])
    for command in commands:
        subprocess.run([sys.executable, "manage.py", *command], cwd=ROOT, env=env, check=True,
                       capture_output=True)
    gunicorn = Path(sys.executable).with_name("gunicorn")
    server = subprocess.Popen([str(gunicorn), "checker.wsgi"], cwd=ROOT, env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        for _ in range(600):
            if request(port, "GET", "/", {}, None)[0]:
                break
            time.sleep(0.1)
        step, cookie = open_questionnaire(port)
        static = next((ROOT / "static" / "css").glob("*.css")).name
        routes = ["/", "/resume/", step, f"/static/css/{static}", "/no-such-page/"]
        jobs = matrix(routes, cookie)
        rng = random.Random(args.seed)
        jobs += [random_job(rng, routes, cookie) for _ in range(args.requests - len(jobs))]
        jobs = jobs[:args.requests]
        print(f"{len(jobs)} requests, {args.concurrency} at a time, to gunicorn "
              f"({env['WEB_CONCURRENCY']} workers) on 127.0.0.1:{port}")
        started = time.monotonic()
        results, unguarded = run(port, jobs, args.concurrency, started + args.timeout)
        seconds = time.monotonic() - started
    finally:
        server.terminate()
        server.wait(timeout=30)
    errors = print_table(results, unguarded, seconds, Path(data_dir) / "error.log")
    print(f"answers of 500: {errors}")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
