"""The district report pack (街道月报): the month's figures of every counter for the street office, as a PDF (with
charts) and an Excel workbook (one sheet per counter), each table with a totals row.

Only a month that is over can be issued: for the month still running `issue_pack` gives a draft, marked 草稿 on
every page of both documents and never stored, so the street office never holds half a month as if it were final.

A pack once issued is stored (`district_report_issues`: every figure as printed, the center's header, who and when)
and every later issue of that month prints from the stored figures, never from a recount: late entries, a renamed
category or a new center address do not change a report the street office already holds. The documents are
deterministic (reportlab's `invariant` mode, fixed workbook dates and zip timestamps), and the snapshot keeps the words
printed (`DistrictPack.texts`, app.i18n.fixed_texts), so a re-issue is the same bytes as the first issue even from
another process in another language (the command line in English re-issuing a pack first issued from the Chinese
screen printed English headings before); the SHA-256 of both files are stored and checked on every re-issue.

Figures and units as in `app.reports.figures` (fen, minutes, local days). All PDF text goes through
`app.documents.text` (the charts' labels too: `app.reports.pack_pdf`).
"""

from __future__ import annotations

import hashlib
import importlib
import logging
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from app import audit, clock, settings
from app.accounts.permissions import ISSUE_DISTRICT_REPORT, require
from app.actor import Actor
from app.boundary import checked
from app.i18n import fixed_texts, translate
from app.reports import figures as F
from app.reports import pack as pack_module
from app.reports.pack import DistrictPack, Section, from_json, to_json
from app.reports.pack_pdf import render_pdf
from app.reports.pack_xlsx import render_xlsx
from db.engine import Database
from db.models.reports import DistrictReportIssue

log = logging.getLogger("community_desk.reports")


@dataclass
class IssuedPack:
    """An issued pack and its two documents. `reissued`: printed from a pack stored earlier (first issued by
    `pack.issued_by` at `pack.issued_at`)."""

    issue_id: int | None  # None for a draft (never stored)
    pack: DistrictPack
    pdf: bytes
    xlsx: bytes
    reissued: bool = False
    identical: bool = True  # a re-issue: the same bytes as first issued (False only after a layout change)
    files: list[str] = field(default_factory=list)

    @property
    def label(self) -> str:
        return F.month_label(self.pack.year, self.pack.month)

    @property
    def draft(self) -> bool:
        return self.pack.draft


def month_over(year: int, month: int) -> bool:
    """Whether the month's last local day has passed (today is in a later month)."""
    today = clock.today()
    return (today.year, today.month) > (year, month)


def _compute(db: Database, actor: Actor, year: int, month: int, draft: bool = False) -> DistrictPack:
    center = settings.center_info(db)
    return DistrictPack(
        year=year,
        month=month,
        center_name=center.name,
        center_address=center.address,
        center_phone=center.phone,
        issued_at=clock.local_now().strftime("%Y-%m-%d %H:%M"),
        issued_by=actor.display_name,
        requests=F.request_figures(db, actor, year, month),
        canteen=F.canteen_figures(db, actor, year, month),
        childcare=F.childcare_figures(db, actor, year, month),
        volunteers=F.volunteer_figures(db, actor, year, month),
        sections=_sections(db, actor, year, month),
        draft=draft,
    )


def _sections(db: Database, actor: Actor, year: int, month: int) -> list[Section]:
    """The further counters' sections for the month, in SECTION_MODULES order; a counter whose module is not
    there is skipped (an error inside an installed one is not)."""
    out = []
    for name in pack_module.SECTION_MODULES:  # read at the call: a test registers its own
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name is None or not name.startswith(exc.name):
                raise
            continue
        out.append(module.month_section(db, actor, year, month))
    return out


def _render(pack: DistrictPack) -> tuple[bytes, bytes]:
    """Both documents, in the words of `pack.texts` (filled with the current language's words the first time)."""
    with fixed_texts(pack.texts):
        return render_pdf(pack), render_xlsx(pack)


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


@checked
def issue_pack(db: Database, actor: Actor, year: int, month: int) -> IssuedPack:
    """The month's pack as a PDF and a workbook. The first issue of a month counts the figures and stores them
    with who and when; every later issue prints from the stored figures (`reissued`), byte for byte the same
    documents (`identical`; should a later version of the program lay the pages out differently, the re-issue
    still prints the stored figures, and says so). A month not over yet gives a draft (`draft`, 草稿 on every
    page, `issue_id` None), never stored. All are audited. ValidationError for a month that has not begun."""
    require(actor, ISSUE_DISTRICT_REPORT)
    if not month_over(year, month):
        return _draft(db, actor, year, month)
    stored = _stored(db, year, month)
    if stored is None:
        texts: dict[str, str] = {}
        with fixed_texts(texts):  # the words printed are kept with the figures
            pack = _compute(db, actor, year, month)
        pack.texts = texts
        pdf, xlsx = _render(pack)
        try:
            with db.write() as s:
                row = DistrictReportIssue(
                    year=year,
                    month=month,
                    figures_json=to_json(pack),
                    issued_by_id=actor.user_id,
                    issued_by_name=actor.display_name,
                    pdf_sha256=_sha(pdf),
                    xlsx_sha256=_sha(xlsx),
                )
                s.add(row)
                s.flush()
                audit.record(
                    s,
                    actor,
                    "export",
                    "district_report",
                    F.month_label(year, month),
                    audit.message("reports.district_issued"),
                    after={"month": F.month_label(year, month), "sections": len(pack.sections)},
                )
                issue_id = row.id
            return IssuedPack(issue_id, pack, pdf, xlsx)
        except IntegrityError:  # another workstation issued this month a moment ago: theirs is the pack
            stored = _stored(db, year, month)
            if stored is None:
                raise
    issue_id, text, pdf_sha, xlsx_sha = stored
    pack = from_json(text)
    pdf, xlsx = _render(pack)
    identical = _sha(pdf) == pdf_sha and _sha(xlsx) == xlsx_sha
    if not identical:  # a newer version of the program lays the page out differently: same figures, new bytes
        log.warning("district report %s re-issued from its figures in a changed layout", F.month_label(year, month))
    with db.write() as s:
        audit.record(
            s,
            actor,
            "export",
            "district_report",
            F.month_label(year, month),
            audit.message("reports.district_reissued"),
            after={"month": F.month_label(year, month), "first_issued": pack.issued_at, "identical": identical},
        )
    return IssuedPack(issue_id, pack, pdf, xlsx, reissued=True, identical=identical)


def _draft(db: Database, actor: Actor, year: int, month: int) -> IssuedPack:
    """The month so far, marked as a draft on every page; not stored (the month is issued once it is over)."""
    texts: dict[str, str] = {}
    with fixed_texts(texts):
        pack = _compute(db, actor, year, month, draft=True)
    pack.texts = texts
    pdf, xlsx = _render(pack)
    with db.write() as s:
        audit.record(
            s,
            actor,
            "export",
            "district_report",
            F.month_label(year, month),
            audit.message("reports.district_draft"),
            after={"month": F.month_label(year, month)},
        )
    return IssuedPack(None, pack, pdf, xlsx)


def _stored(db: Database, year: int, month: int) -> tuple[int, str, str, str] | None:
    with db.read() as s:
        row = s.execute(
            select(
                DistrictReportIssue.id,
                DistrictReportIssue.figures_json,
                DistrictReportIssue.pdf_sha256,
                DistrictReportIssue.xlsx_sha256,
            ).where(DistrictReportIssue.year == year, DistrictReportIssue.month == month)
        ).first()
    return None if row is None else (row[0], row[1], row[2], row[3])


def write_files(issued: IssuedPack, folder=None) -> list[str]:
    """Write the PDF and the workbook into `folder` (default: the documents folder's district-report/), created
    owner-only; their paths (also kept in `issued.files`)."""
    from pathlib import Path

    from app import paths as app_paths
    from db.files import make_private_dir, write_private

    if folder is None:
        folder = app_paths.documents_dir() / "district-report"
    out = Path(folder)
    make_private_dir(out)
    if issued.draft:
        name = translate("Reports", "district-report-{month}-DRAFT").format(month=issued.label)
    else:
        name = translate("Reports", "district-report-{month}").format(month=issued.label)
    paths = []
    for suffix, data in ((".pdf", issued.pdf), (".xlsx", issued.xlsx)):
        path = out / f"{name}{suffix}"
        write_private(path, data)
        paths.append(str(path))
    issued.files = paths
    return paths
