"""Chinese first: every user-facing string has its Simplified Chinese translation, compiled and shipped."""

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tools import i18n

DOMAINS = [d for d in i18n.all_domains() if i18n.domain_files(d)]


@pytest.mark.parametrize("domain", DOMAINS)
def test_sources_and_ts_agree_and_chinese_is_complete(domain, tmp_path):
    """lupdate on today's sources finds nothing that the shipped zh_CN file does not translate."""
    shipped = i18n.ts_path(domain, "zh_CN")
    assert shipped.exists(), f"missing {shipped.name}: run python -m tools.i18n update {domain}"
    probe = tmp_path / shipped.name
    shutil.copyfile(shipped, probe)
    files = [str(f.relative_to(i18n.ROOT)) for f in i18n.domain_files(domain)]
    subprocess.run(
        [i18n._bin("pyside6-lupdate"), "-no-obsolete", "-locations", "none", *files, "-ts", str(probe)],
        cwd=i18n.ROOT,
        check=True,
        capture_output=True,
    )
    missing = []
    for ctx in ET.parse(probe).getroot().iter("context"):
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            if tr is None or tr.get("type") == "unfinished" or not (tr.text or "").strip():
                missing.append(f"[{ctx.findtext('name')}] {msg.findtext('source')}")
    assert not missing, f"{len(missing)} strings without Chinese in {domain}:\n" + "\n".join(missing[:40])


def test_compiled_qm_files_match_their_sources(tmp_path):
    built = i18n.release(tmp_path)
    for qm in built:
        shipped = i18n.OUT / qm.name
        assert shipped.exists(), f"{qm.name} not shipped: run python -m tools.i18n release"
        assert shipped.read_bytes() == qm.read_bytes(), f"{qm.name} is stale: run python -m tools.i18n release"


def test_placeholders_survive_translation():
    import re

    for ts in sorted(i18n.OUT.glob("*_zh_CN.ts")):
        for msg in ET.parse(ts).getroot().iter("message"):
            src = msg.findtext("source") or ""
            tr = msg.findtext("translation") or ""
            if tr:
                assert set(re.findall(r"\{\w*\}", src)) == set(re.findall(r"\{\w*\}", tr)), (ts.name, src, tr)


def test_qt_shows_chinese_by_default(qapp):
    from PySide6.QtCore import QCoreApplication

    from ui import i18n as ui_i18n

    try:
        ui_i18n.install_language("zh_CN")
        assert QCoreApplication.translate("MainWindow", "Residents") == "居民档案"
        from app.i18n import translate

        assert translate("IdNumbers", "The ID number is empty.") == "身份证号为空。"
    finally:
        ui_i18n.install_language("en")
    assert QCoreApplication.translate("MainWindow", "Residents") == "Residents"


def test_command_line_catalogue_without_qt():
    code = (
        "from app.i18n import load_ts_catalogue, translate\n"
        "load_ts_catalogue('zh_CN')\n"
        "print(translate('Tags', 'Party member'))\n"
    )
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=Path(i18n.ROOT))
    assert r.stdout.strip() == "党员"
