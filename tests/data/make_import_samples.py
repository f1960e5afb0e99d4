"""Build the messy sample sheets the import tests read (issue 17 item 1): every case real 花名册 hold.

    PYTHONPATH=$PWD .venv/bin/python tests/data/make_import_samples.py

writes tests/data/import_residents.xlsx (title rows, a header under merged cells, ID numbers stored as numbers, a
trailing x, full-width digits, six date spellings, phones with spaces and hyphens, padded names, empty rows between
blocks, a total row and signature lines), the same rows as .csv, and .xls/.ods through LibreOffice headless when
`soffice` is installed; import_children.xlsx and import_volunteers.xlsx likewise. The expected outcome of every row
is in `EXPECTED` (line → status) for the tests.
"""

from __future__ import annotations

import csv
import datetime as dt
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from stdnum.cn import ric

HERE = Path(__file__).resolve().parent


def id_number(region: str, birth: str, seq: str) -> str:
    body = region + birth + seq
    return body + ric.calc_check_digit(body + "0")


ZHANG = id_number("110105", "19491231", "001")  # male
LI = id_number("320302", "19560308", "002")  # female
ZHAO = id_number("110105", "19380115", "013")
ENDS_X = next(
    id_number("110105", "19500101", f"{n:03d}")
    for n in range(1, 999)
    if id_number("110105", "19500101", f"{n:03d}").endswith("X")
)
FULL_WIDTH = id_number("440106", "19620704", "022")
BAD_CHECK = ZHANG[:-1] + ("0" if ZHANG[-1] != "0" else "1")
FULLWIDTH_DIGITS = str.maketrans("0123456789X", "０１２３４５６７８９Ｘ")

TITLE = "幸福里社区居民花名册"
SUBTITLE = "填报单位：幸福里社区居委会　　填报日期：2026年11月"
HEADER_TOP = ["序号", "姓名", "性别", "公民身份号码", "出生日期", "联系电话", "住址", None, None, "类别", "备注"]
HEADER_SUB = [None, None, None, None, None, None, "楼栋", "单元", "室", None, None]

# Each row as it is typed on the sheet; `float` ID numbers and date cells are what Excel stores.
RESIDENT_ROWS: list[list[object] | None] = [
    [1, "张三", "男", ZHANG, dt.date(1949, 12, 31), "138 1234 5678", "3", "2", "301", "低保、党员（第一支部）", ""],
    [2, "李秀英", "女", float(LI), dt.date(1956, 3, 8), 13912345678, "3", "2", "302", "独居", "身份证号存成了数字"],
    [3, "赵善庆", "男", ZHAO[:-1] + ZHAO[-1].lower(), "1938.01.15", "139-0000-1111", "5", "1", "101", "特困", ""],
    [4, "钱  多  多", "", ENDS_X.lower(), "", "13800001111", "5", "1", "102", "", "名字中间有空格，身份证末位小写x"],
    [
        5,
        "孙丽",
        "女",
        FULL_WIDTH.translate(FULLWIDTH_DIGITS),
        "1962年7月4日",
        "１３６００００２２２２",
        "6",
        "3",
        "601",
        "残疾二级",
        "全角数字",
    ],
    None,  # an empty row between blocks
    None,
    [6, "周一", "男", "", 19470520, "13700001234", "7", "1", "201", "空巢", "出生日期写成 19470520"],
    [7, "吴二", "女", "", "1951/2/3", "13700002345", "7", "1", "202", "退役军人", ""],
    [8, "郑三", "男", "", 18263, "13700003456", "7", "2", "101", "", "出生日期是 Excel 序列号"],
    [9, "王五", "男", BAD_CHECK, "", "13700004567", "8", "1", "301", "", "身份证校验位错"],
    [10, "冯六", "女", "", "1960.13.01", "13700005678", "8", "1", "302", "", "没有13月"],
    [11, "陈七", "男", "", "1955-05-05", "12345", "8", "2", "101", "", "电话位数不对"],
    [12, "褚八", "女", "", "1966-06-06", "13700006789", "8", "2", "102", "五好家庭", "未知类别"],
    [13, "张三", "男", ZHANG, dt.date(1949, 12, 31), "13812345678", "3", "2", "301", "低保", "与第5行同一人"],
    [14, "", "男", "", "1970-01-01", "13700007890", "9", "1", "101", "", "缺姓名"],
    None,
    ["合计", "共 14 人", None, None, None, None, None, None, None, None, None],
    ["填表人：李四", None, None, "审核人：王五", None, None, None, None, None, None, None],
]
FIRST_DATA_LINE = 5  # title, subtitle, two header rows

# line → status with the default policy (skip duplicates)
EXPECTED = {
    5: "new",
    6: "refused",  # ID number stored as a number: last digits lost
    7: "new",  # dotted date
    8: "new",  # padded name, trailing lower-case x
    9: "new",
    12: "new",
    13: "new",
    14: "new",
    15: "refused",  # check digit
    16: "refused",  # month 13
    17: "refused",  # phone
    18: "refused",  # unknown tag
    19: "skipped",  # the same person as line 5
    20: "refused",  # no name
}


def _resident_sheet(path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "居民花名册"
    ws.append([TITLE])
    ws.merge_cells("A1:K1")
    ws["A1"].font = Font(size=16, bold=True)
    ws["A1"].alignment = Alignment(horizontal="center")
    ws.append([SUBTITLE])
    ws.merge_cells("A2:K2")
    ws.append(HEADER_TOP)
    ws.append(HEADER_SUB)
    for col in "ABCDEF":  # merged down over the two header rows
        ws.merge_cells(f"{col}3:{col}4")
    ws.merge_cells("G3:I3")
    ws.merge_cells("J3:J4")
    ws.merge_cells("K3:K4")
    for row in RESIDENT_ROWS:
        ws.append(row if row is not None else [])
    for r in range(FIRST_DATA_LINE, ws.max_row + 1):
        cell = ws.cell(r, 5)
        if isinstance(cell.value, (dt.date, dt.datetime)):
            cell.number_format = "yyyy-mm-dd"
        ws.cell(r, 4).number_format = "0.00E+00" if isinstance(ws.cell(r, 4).value, float) else "@"
    ws.merge_cells(start_row=ws.max_row - 1, start_column=2, end_row=ws.max_row - 1, end_column=4)
    ws.column_dimensions["D"].width = 22
    other = wb.create_sheet("说明")
    other.append(["本表由社区网格员填写"])
    wb.save(path)


def _csv_value(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.14E}".replace("E+", "E+")  # what Excel writes for a number cell: 1.10105194912310E+17
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def _resident_csv(path: Path) -> None:
    with path.open("w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f)
        w.writerow([TITLE])
        w.writerow([SUBTITLE])
        w.writerow([_csv_value(v) for v in HEADER_TOP])
        w.writerow([_csv_value(v) for v in HEADER_SUB])
        for row in RESIDENT_ROWS:
            w.writerow([_csv_value(v) for v in (row or [])])


CHILD_HEADER = [
    "序号", "幼儿姓名", "性别", "出生日期", "就读学校", "年级", "班级", "过敏史",
    "家长姓名", "关系", "家长电话", "接送人", "接送人关系", "接送人电话",
]  # fmt: skip
CHILD_ROWS: list[list[object] | None] = [
    [1, "小明", "男", "2016.09.01", "幸福里小学", "三年级", "2班", "花生", "张三", "爷爷", "13812345678", "李秀英", "奶奶", "139 1234 5678"],
    [2, "小红", "女", dt.date(2017, 3, 5), "幸福里小学", "二年级", "1班", "", "孙丽", "妈妈", "13600002222", "", "", ""],
    None,
    [3, "小刚", "男", "2000-01-01", "幸福里小学", "三年级", "1班", "", "周一", "爸爸", "13700001234", "", "", ""],
    [4, "小丽", "女", "2018年2月2日", "幸福里小学", "一年级", "3班", "", "", "", "", "吴二", "外婆", "12345"],
    [5, "小明", "男", "2016-09-01", "幸福里小学", "三年级", "2班", "", "张三", "爷爷", "13812345678", "", "", ""],
    ["合计", "5人"],
]  # fmt: skip
CHILD_EXPECTED = {3: "new", 4: "new", 6: "refused", 7: "refused", 8: "skipped"}


def _child_sheet(path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "托管儿童"
    ws.append(["幸福里社区四点半课堂学员名单"])
    ws.merge_cells("A1:N1")
    ws.append(CHILD_HEADER)
    for row in CHILD_ROWS:
        ws.append(row if row is not None else [])
    wb.save(path)


VOLUNTEER_HEADER = [
    "姓名",
    "性别",
    "身份证号",
    "联系电话",
    "住址",
    "志愿者类型",
    "学校",
    "学号",
    "党支部",
    "特长",
    "志愿汇编号",
]
VOL_A = id_number("110105", "19800202", "031")
VOL_B = id_number("110105", "20020303", "042")
VOLUNTEER_ROWS: list[list[object] | None] = [
    ["蒋文", "男", VOL_A, "13511112222", "3栋2单元501室", "党员", "", "", "第一支部", "理发、维修", "ZYH-001"],
    ["韩梅", "女", VOL_B, "135-2222-3333", "幸福里小区5号楼1单元201", "大学生", "师范大学", "20210001", "", "辅导作业", ""],
    ["杨帆", "男", "", "13533334444", "12-0501", "大学生", "", "", "", "", ""],
    ["朱雀", "女", "", "13544445555", "东边那栋", "居民", "", "", "", "", ""],
    ["秦川", "男", "", "13555556666", "2-1-101", "外星人", "", "", "", "", ""],
]  # fmt: skip
VOLUNTEER_EXPECTED = {2: "new", 3: "new", 4: "refused", 5: "refused", 6: "refused"}


def _volunteer_sheet(path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "志愿者"
    ws.append(VOLUNTEER_HEADER)
    for row in VOLUNTEER_ROWS:
        ws.append(row if row is not None else [])
    wb.save(path)


def convert(source: Path, fmt: str, out_dir: Path) -> Path | None:
    """`source` converted by LibreOffice headless to `fmt` ("xls", "ods", "csv"); None without soffice."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        return None
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(
            [
                soffice,
                f"-env:UserInstallation=file://{profile}",
                "--headless",
                "--convert-to",
                fmt,
                "--outdir",
                str(out_dir),
                str(source),
            ],
            check=True,
            capture_output=True,
            timeout=180,
        )
    out = out_dir / (source.stem + "." + fmt.split(":")[0])
    return out if out.exists() else None


def build(out_dir: Path = HERE, other_formats: bool = True) -> dict[str, Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    made = {
        "residents.xlsx": out_dir / "import_residents.xlsx",
        "residents.csv": out_dir / "import_residents.csv",
        "children.xlsx": out_dir / "import_children.xlsx",
        "volunteers.xlsx": out_dir / "import_volunteers.xlsx",
    }
    _resident_sheet(made["residents.xlsx"])
    _resident_csv(made["residents.csv"])
    _child_sheet(made["children.xlsx"])
    _volunteer_sheet(made["volunteers.xlsx"])
    if other_formats:
        for fmt in ("xls", "ods"):
            out = convert(made["residents.xlsx"], fmt, out_dir)
            if out is not None:
                made[f"residents.{fmt}"] = out
    return made


if __name__ == "__main__":
    for key, path in build(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE).items():
        print(f"{key}: {path}")
