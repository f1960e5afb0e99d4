"""Translation workflow: one .ts file per counter and language, compiled to .qm.

    python -m tools.i18n update            # extract strings from the sources into every .ts (pyside6-lupdate)
    python -m tools.i18n fill DOMAIN FILE  # merge translations from a JSON file {"Context": {"source": "译文"}}
    python -m tools.i18n release           # compile every .ts to .qm (pyside6-lrelease)
    python -m tools.i18n check             # list what is still untranslated in zh_CN

English is the source language; the zh_CN files carry the Chinese every user sees by default. The en
files are shipped too (their translations equal the sources) so both languages load the same way.
"""

from __future__ import annotations

import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "translations"
LANGS = ("zh_CN", "en")
COUNTERS = ("requests", "canteen", "childcare", "volunteers", "activities", "library", "community", "health", "alerts")
# Each domain's sources; "core" takes every other Python file under app/ and ui/.
DOMAINS: dict[str, list[str]] = {c: [f"app/{c}", f"ui/{c}"] for c in COUNTERS}
DOMAINS["accounts"] = ["app/accounts", "ui/accounts", "ui/admin"]


def _bin(name: str) -> str:
    exe = Path(sys.executable).parent / name
    return str(exe) if exe.exists() else name


def domain_files(domain: str) -> list[Path]:
    if domain == "core":
        taken = {ROOT / p for d, paths in DOMAINS.items() for p in paths}
        files = []
        for base in ("app", "ui"):
            for f in sorted((ROOT / base).rglob("*.py")):
                if not any(t in f.parents for t in taken):
                    files.append(f)
        return files
    files = []
    for p in DOMAINS[domain]:
        files += sorted((ROOT / p).rglob("*.py")) if (ROOT / p).exists() else []
    return files


def all_domains() -> list[str]:
    return ["core", *DOMAINS]


def ts_path(domain: str, lang: str) -> Path:
    return OUT / f"{domain}_{lang}.ts"


def update(domains: list[str] | None = None) -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for domain in domains or all_domains():
        files = domain_files(domain)
        if not files:
            continue
        for lang in LANGS:
            ts = ts_path(domain, lang)
            cmd = [
                _bin("pyside6-lupdate"),
                "-no-obsolete",
                "-locations",
                "none",
                *[str(f.relative_to(ROOT)) for f in files],
                "-ts",
                str(ts.relative_to(ROOT)),
            ]
            subprocess.run(cmd, cwd=ROOT, check=True, capture_output=True)
            _set_language(ts, lang)
            if lang == "en":
                _fill_identity(ts)


def _set_language(ts: Path, lang: str) -> None:
    tree = ET.parse(ts)
    root = tree.getroot()
    root.set("language", lang)
    root.set("sourcelanguage", "en")
    _write(tree, ts)


def _write(tree: ET.ElementTree, ts: Path) -> None:
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


def _fill_identity(ts: Path) -> None:
    tree = ET.parse(ts)
    for msg in tree.getroot().iter("message"):
        tr = msg.find("translation")
        if tr is not None and tr.get("type") == "unfinished":
            tr.text = msg.findtext("source")
            del tr.attrib["type"]
    _write(tree, ts)


def fill(domain: str, mapping: dict[str, dict[str, str]] | dict[str, str], lang: str = "zh_CN") -> int:
    """Set translations; `mapping` is {context: {source: text}} or {source: text} for every context."""
    ts = ts_path(domain, lang)
    tree = ET.parse(ts)
    count = 0
    for ctx in tree.getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            src = msg.findtext("source") or ""
            value = None
            sub = mapping.get(name)
            if isinstance(sub, dict):
                value = sub.get(src)
            if value is None and isinstance(mapping.get(src), str):
                value = mapping[src]
            if value is None:
                continue
            tr = msg.find("translation")
            if tr is None:
                tr = ET.SubElement(msg, "translation")
            tr.text = value
            tr.attrib.pop("type", None)
            count += 1
    _write(tree, ts)
    return count


def unfinished(lang: str = "zh_CN") -> dict[str, list[tuple[str, str]]]:
    out: dict[str, list[tuple[str, str]]] = {}
    for ts in sorted(OUT.glob(f"*_{lang}.ts")):
        for ctx in ET.parse(ts).getroot().iter("context"):
            name = ctx.findtext("name") or ""
            for msg in ctx.iter("message"):
                tr = msg.find("translation")
                if tr is None or tr.get("type") == "unfinished" or not (tr.text or "").strip():
                    out.setdefault(ts.name, []).append((name, msg.findtext("source") or ""))
    return out


def release(out_dir: Path | None = None) -> list[Path]:
    made = []
    for ts in sorted(OUT.glob("*.ts")):
        qm = (out_dir or OUT) / (ts.stem + ".qm")
        # Written aside and renamed over: a running app (or test) keeps its mapped .qm intact, and an unchanged
        # file is left alone.
        tmp = qm.with_name(qm.name + ".tmp")
        subprocess.run([_bin("pyside6-lrelease"), "-silent", str(ts), "-qm", str(tmp)], check=True, capture_output=True)
        if qm.exists() and qm.read_bytes() == tmp.read_bytes():
            tmp.unlink()
        else:
            tmp.replace(qm)
        made.append(qm)
    return made


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in ("update", "fill", "release", "check"):
        print(__doc__)
        return 2
    if argv[0] == "update":
        update(argv[1:] or None)
    elif argv[0] == "fill":
        domain, path = argv[1], argv[2]
        n = fill(domain, json.loads(Path(path).read_text(encoding="utf-8")))
        print(f"{n} translations set in {domain}")
    elif argv[0] == "release":
        for qm in release():
            print(qm.relative_to(ROOT))
    elif argv[0] == "check":
        missing = unfinished()
        for name, items in missing.items():
            print(f"{name}: {len(items)} untranslated")
            for ctx, src in items:
                print(f"  [{ctx}] {src}")
        return 1 if missing else 0
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
