"""The daily sign-in sheet (A4, one per program, group and day) — blank for the morning, filled as the record."""

from __future__ import annotations

import datetime as dt

from app import clock
from app.accounts import privacy
from app.accounts.permissions import CHILDCARE_DESK, require
from app.actor import Actor
from app.boundary import checked
from app.childcare import service as cc
from app.childcare.qrcell import QrCell
from app.database import Database
from app.documents.sheet import MM, Column, Sheet, render_sheet
from app.i18n import translate
from app.settings import center_info

QR_MM = 15


def _time(at: dt.datetime | None) -> str:
    local = clock.to_local(at)
    return local.strftime("%H:%M") if local is not None else ""


@checked
def build_daily_sheet(
    db: Database, actor: Actor, program_id: int, day: dt.date, group: str | None, *, filled: bool
) -> Sheet:
    """The sheet's content (children's names, allergy notes, who collected them): for the childcare desk's roles
    (PermissionDenied otherwise)."""
    require(actor, CHILDCARE_DESK)
    program = cc.get_program(db, program_id)
    rows = cc.day_rows(db, actor, program_id, day, group)
    columns = [
        Column(translate("Childcare", "No."), 8, "CENTER"),
        Column(translate("Childcare", "Child"), 24),
        Column(translate("Childcare", "Allergy"), 20),
        Column(translate("Childcare", "In"), 12, "CENTER"),
        Column(translate("Childcare", "Brought by"), 18),
        Column(translate("Childcare", "Signature"), 20),
        Column(translate("Childcare", "Out"), 12, "CENTER"),
        Column(translate("Childcare", "Collected by"), 18),
        Column(translate("Childcare", "Signature"), 20),
        Column(translate("Childcare", "Code"), QR_MM + 4, "CENTER"),
    ]
    alone = translate("Childcare", "(left alone)")
    absent = translate("Childcare", "Absent")
    data: list[list[object]] = []
    for i, r in enumerate(rows, 1):
        if filled:
            out_by = alone if r.out_alone else r.out_adult
            if r.override:
                out_by += " " + translate("Childcare", "[override approved by {who}]").format(who=r.override)
            if r.voided_overrides:
                out_by += " " + translate("Childcare", "[a release by override was voided]")
            cells = [_time(r.in_at) or (absent if r.absent_reason else ""), r.in_adult, "", _time(r.out_at), out_by, ""]
        else:
            cells = ["", "", "", "", "", ""]
        # empty cells as None: the sheet leaves them blank without building a paragraph (300 rows stay fast)
        data.append(
            [
                str(i),
                r.name,
                r.allergy_note or None,
                *(c or None for c in cells),
                QrCell(cc.qr_payload(r.child_id, day), QR_MM * MM),
            ]
        )
    weekday_names = [
        translate("Childcare", "Mon"),
        translate("Childcare", "Tue"),
        translate("Childcare", "Wed"),
        translate("Childcare", "Thu"),
        translate("Childcare", "Fri"),
        translate("Childcare", "Sat"),
        translate("Childcare", "Sun"),
    ]
    # The filled version is the day's record, not a sheet to sign: its title says so (issue 16).
    if filled:
        title = translate("Childcare", "Day's attendance record: {program}").format(program=program.name)
    else:
        title = translate("Childcare", "Sign-in sheet: {program}").format(program=program.name)
    # One line of parts joined by " · ": the PDF's line breaking drops a space between two Chinese characters, so
    # "星期二  分组：—" printed as "星期二分组：—"; a sheet for every group says so, not "—".
    subtitle = " · ".join(
        (
            f"{day.isoformat()} {weekday_names[day.weekday()]}",
            translate("Childcare", "Group: {group}").format(group=group or translate("Childcare", "all groups")),
            translate("Childcare", "Window: {start}–{end}").format(
                start=cc.hhmm(program.open_min), end=cc.hhmm(program.close_min)
            ),
            translate("Childcare", "Children: {n}").format(n=len(rows)),
        )
    )
    footer = [translate("Childcare", "Staff on duty: ____________    Checked by: ____________")]
    if filled:
        staff = cc.staff_on_duty(db, program_id, day)
        if staff:
            footer[0] = translate("Childcare", "Staff on duty: {names}    Checked by: ____________").format(
                names="、".join(staff)
            )
        overridden = [r for r in rows if r.override]
        if overridden:
            # each release by override named: the child, the adult, what was overridden, who approved and why
            lines = [translate("Childcare", "Released by override: {n}").format(n=len(overridden))]
            lines += [
                translate("Childcare", "{time} {child} → {adult} ({kind}): approved by {who}").format(
                    time=_time(r.out_at),
                    child=r.name,
                    adult=translate("Childcare", "(left alone)") if r.out_alone else r.out_adult,
                    kind=cc.override_kind_label(r.override_kind),
                    who=r.override,
                )
                for r in overridden
            ]
            footer[0:0] = lines
        voided = [(r.name, text) for r in rows for text in r.voided_overrides]
        if voided:
            # a voided (corrected) override stays on the record, marked: a correction never hides one
            lines = [translate("Childcare", "Releases by override voided (corrected): {n}").format(n=len(voided))]
            lines += [f"{child}: {text}" for child, text in voided]
            footer[0:0] = lines
        footer.insert(
            0, translate("Childcare", "Record printed {at}.").format(at=clock.local_now().strftime("%Y-%m-%d %H:%M"))
        )
    # Drawn straight on the canvas (app.documents.sheet._render_direct): a platypus table of 300 rows with a QR
    # code each took ~0.3-0.45 s. Every page after the first names the program, day and group above the table.
    running = "  ".join((title, day.isoformat(), weekday_names[day.weekday()], group or ""))
    return Sheet(
        title=title,
        subtitle=subtitle,
        columns=columns,
        rows=data,
        footer_lines=footer,
        direct=True,
        running_title=running.strip(),
    )


@checked
def render_daily_sheet(
    db: Database, actor: Actor, program_id: int, day: dt.date, group: str | None = None, *, filled: bool = False
) -> bytes:
    """The A4 PDF (bytes) of one program's sign-in sheet (blank) or day's record (`filled`) for local `day`.

    Lists children by name: raises PermissionDenied unless `actor` works the childcare desk and may export personal
    data; the export is audited (app.accounts.privacy, entity "childcare_document"). Rule: issue 12 item 3.
    """
    require(actor, CHILDCARE_DESK)
    sheet = build_daily_sheet(db, actor, program_id, day, group, filled=filled)
    kind = "filled_sheet" if filled else "blank_sheet"
    detail = f"#{program_id} {day.isoformat()}" + (f" {group}" if group else "")  # language-neutral: shown as is
    privacy.record_export(db, actor, kind, "childcare_document", len(sheet.rows), detail)
    return render_sheet(sheet, center_info(db))


@checked
def build_weekly_summary(db: Database, actor: Actor, program_id: int, monday: dt.date) -> Sheet:
    """Attendance of one program for the week starting `monday`: per child and day ✓ present, 缺 absent,
    ! signed in but never signed out (flagged, never silently counted), blank when not expected.
    For the childcare desk's roles (PermissionDenied otherwise)."""
    require(actor, CHILDCARE_DESK)
    program = cc.get_program(db, program_id)
    days = [monday + dt.timedelta(days=i) for i in range(7) if program.runs_on(monday + dt.timedelta(days=i))]
    per_day = {d: {r.child_id: r for r in cc.day_rows(db, actor, program_id, d)} for d in days}
    children: dict[int, str] = {}
    for d in days:
        for cid, r in per_day[d].items():
            children.setdefault(cid, r.name)
    marks = {
        "out": "✓",
        "in": translate("Childcare", "no sign-out"),
        "absent": translate("Childcare", "absent"),
        "expected": translate("Childcare", "absent"),
    }
    rows: list[list[object]] = []
    total_present = total_missing = 0
    for cid, name in sorted(children.items(), key=lambda kv: kv[1]):
        cells: list[object] = [name]
        present = 0
        for d in days:
            r = per_day[d].get(cid)
            if r is None:
                cells.append("")
                continue
            # a day still running is not yet an absence or a missing sign-out
            state = r.state
            if d >= clock.today() and state in ("in", "expected"):
                cells.append("")
                continue
            cells.append(marks[state])
            present += state in ("in", "out")
            total_missing += state == "in"
        total_present += present
        cells.append(str(present))
        rows.append(cells)
    width = (186 - 30 - 14) / max(1, len(days))
    columns = [Column(translate("Childcare", "Child"), 30)]
    columns += [Column(d.strftime("%m-%d"), width, "CENTER") for d in days]
    columns.append(Column(translate("Childcare", "Days"), 14, "RIGHT"))
    title = translate("Childcare", "Weekly attendance: {program}").format(program=program.name)
    subtitle = translate("Childcare", "Week of {day}").format(day=monday.isoformat())
    footer = [
        translate("Childcare", "Attendances: {n}  Missing sign-outs: {m}").format(n=total_present, m=total_missing)
    ]
    # Every release by override is listed by name: who approved it and why.
    overrides = cc.overrides_between(db, actor, program_id, monday, monday + dt.timedelta(days=6))
    footer.append(translate("Childcare", "Releases by override: {n}").format(n=len(overrides)))
    for o in overrides:  # voided (corrected) overrides stay listed, marked: a correction never hides one
        line = translate("Childcare", "{day} {time} {child} → {adult} ({kind}): approved by {staff} — {reason}").format(
            day=o.day.isoformat(),
            time=_time(o.at),
            child=o.child_name,
            adult=translate("Childcare", "(left alone)") if o.alone else o.adult_name,
            kind=cc.override_kind_label(o.kind),
            staff=o.override_staff,
            reason=o.override_reason,
        )
        if o.voided:
            line += " " + translate("Childcare", "[VOIDED by {by}: {why}]").format(by=o.voided_by, why=o.void_reason)
        footer.append(line)
    return Sheet(
        title=title,
        subtitle=subtitle,
        columns=columns,
        rows=rows,
        footer_lines=footer,
        direct=True,
        running_title=f"{title}  {subtitle}",
    )


@checked
def render_weekly_summary(db: Database, actor: Actor, program_id: int, monday: dt.date) -> bytes:
    """The A4 PDF (bytes) of the week's attendance summary; PermissionDenied unless `actor` works the childcare
    desk and may export personal data; the export is audited (app.accounts.privacy). Rule: issue 12 item 3."""
    require(actor, CHILDCARE_DESK)
    sheet = build_weekly_summary(db, actor, program_id, monday)
    detail = f"#{program_id} {monday.isoformat()}–{(monday + dt.timedelta(days=6)).isoformat()}"
    privacy.record_export(db, actor, "weekly_summary", "childcare_document", len(sheet.rows), detail)
    return render_sheet(sheet, center_info(db))
