"""志愿服务记录证明: per volunteer and period, from approved hours only. The issued figures and number are stored,
so issuing it again for the same period reproduces the same certificate."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import asdict, dataclass, field

from sqlalchemy import func, select

from app import audit, clock, sequences
from app.accounts.permissions import MANAGE_VOLUNTEERS, SEE_FULL_ID, require
from app.actor import Actor
from app.boundary import checked
from app.database import Database
from app.errors import NotFound, UserError
from app.i18n import translate
from app.residents.idnumbers import mask_id_number
from app.settings import center_info
from app.volunteers import hours, ledger
from app.volunteers.roster import post_label
from db.models import Resident
from db.models.volunteers import HoursEntry, Shift, SignUp, Volunteer, VolunteerCertificate, VolunteerPost


@dataclass(frozen=True)
class CertificateData:
    """Everything printed on the certificate (stored as JSON at issue)."""

    number: str
    issued_on: dt.date
    volunteer_name: str
    id_type: str
    id_number_masked: str
    volunteer_number: str
    period_from: dt.date
    period_to: dt.date
    total_minutes: int
    minutes_by_source: dict[str, int]
    services: list[tuple[str, int]]  # (service content, minutes)
    organisation: str
    person_in_charge: str
    contact: str
    resident_id: int
    # the hours as printed, fixed at issue (app.volunteers.hours: one decimal half up, lines adding up to the total);
    # empty on certificates issued before the rule, which are then printed by it
    total_hours: str = ""
    service_hours: list[str] = field(default_factory=list)

    @property
    def total_hours_text(self) -> str:
        return self.total_hours or hours.hours_text(self.total_minutes)

    @property
    def service_lines(self) -> list[tuple[str, str]]:
        """(service content, hours as printed); the hours add up to `total_hours_text`."""
        printed = self.service_hours or hours.apportion_text([m for _, m in self.services])[0]
        return [(label, h) for (label, _), h in zip(self.services, printed, strict=True)]


def _to_json(c: CertificateData) -> str:
    d = asdict(c)
    return json.dumps(d, ensure_ascii=False, default=str, sort_keys=True)


def _from_json(text: str) -> CertificateData:
    d = json.loads(text)
    for k in ("issued_on", "period_from", "period_to"):
        d[k] = dt.date.fromisoformat(d[k])
    d["services"] = [tuple(x) for x in d["services"]]
    return CertificateData(**d)


def _service_content(
    s, volunteer_id: int, first: dt.date, last: dt.date
) -> tuple[dict[str, int], list[tuple[str, int]]]:
    base = (
        HoursEntry.volunteer_id == volunteer_id,
        HoursEntry.status == ledger.APPROVED,
        HoursEntry.day >= first,
        HoursEntry.day <= last,
    )
    by_source = {
        src: int(m)
        for src, m in s.execute(
            select(HoursEntry.source, func.sum(HoursEntry.minutes)).where(*base).group_by(HoursEntry.source)
        )
    }
    services: dict[str, int] = {}
    shift_rows = s.execute(
        select(VolunteerPost.code, VolunteerPost.name, func.sum(HoursEntry.minutes))
        .select_from(HoursEntry)
        .join(SignUp, SignUp.id == HoursEntry.signup_id)
        .join(Shift, Shift.id == SignUp.shift_id)
        .join(VolunteerPost, VolunteerPost.id == Shift.post_id)
        .where(*base, HoursEntry.source == "shift")
        .group_by(VolunteerPost.id)
    )
    for code, name, minutes in shift_rows:
        label = post_label(code, name)
        services[label] = services.get(label, 0) + int(minutes)
    if by_source.get("request"):
        services[translate("Volunteers", "Residents' requests (party member claims)")] = by_source["request"]
    if by_source.get("class"):
        services[translate("Volunteers", "Teaching classes and activities")] = by_source["class"]
    if by_source.get("manual"):
        services[translate("Volunteers", "Other community service")] = by_source["manual"]
    return by_source, sorted(services.items(), key=lambda kv: (-kv[1], kv[0]))


@checked
def issue_certificate(db: Database, actor: Actor, volunteer_id: int, first: dt.date, last: dt.date) -> CertificateData:
    """Issue (or re-issue, identically) the certificate for [first, last]. Refused when there are no approved hours."""
    require(actor, MANAGE_VOLUNTEERS)
    if last < first:
        raise UserError(translate("Volunteers", "The end date is before the start date."))
    with db.read() as s:
        stored = s.execute(
            select(VolunteerCertificate.content_json).where(
                VolunteerCertificate.volunteer_id == volunteer_id,
                VolunteerCertificate.period_from == first,
                VolunteerCertificate.period_to == last,
            )
        ).scalar()
    if stored is not None:
        data = _from_json(stored)
        with db.write() as s:
            audit.record(
                s,
                actor,
                "reissue",
                "volunteer_certificate",
                data.number,
                audit.message("volunteers.certificate_again", number=data.number),
            )
        return data
    center = center_info(db)
    with db.write() as s:
        vol = s.get(Volunteer, volunteer_id)
        if vol is None:
            raise NotFound(translate("Volunteers", "The volunteer was not found."))
        resident = s.get(Resident, vol.resident_id)
        assert resident is not None
        by_source, services = _service_content(s, volunteer_id, first, last)
        total = sum(by_source.values())
        if total <= 0:
            raise UserError(
                translate(
                    "Volunteers",
                    "There are no approved hours for this volunteer in this period; no certificate issued.",
                )
            )
        today = clock.today()
        seq = sequences.next_value(s, f"volunteers.certificate.{today.year}")
        data = CertificateData(
            number=f"ZYZ{today.year}-{seq:05d}",
            issued_on=today,
            volunteer_name=resident.name,
            id_type=translate("Volunteers", "Resident ID card") if resident.id_number else "",
            id_number_masked=mask_id_number(resident.id_number),
            volunteer_number=vol.external_number,
            period_from=first,
            period_to=last,
            total_minutes=total,
            minutes_by_source=by_source,
            services=services,
            organisation=center.name,
            person_in_charge=center.person_in_charge,
            contact=center.phone,
            resident_id=resident.id,
            total_hours=hours.hours_text(total),
            service_hours=hours.apportion_text([m for _, m in services])[0],
        )
        s.add(
            VolunteerCertificate(
                number=data.number,
                volunteer_id=volunteer_id,
                period_from=first,
                period_to=last,
                total_minutes=total,
                content_json=_to_json(data),
                issued_on=today,
                issued_at=clock.now(),
                issued_by_id=actor.user_id,
            )
        )
        audit.record(
            s,
            actor,
            "create",
            "volunteer_certificate",
            data.number,
            audit.message("volunteers.certificate", first=first, last=last, minutes=total),
            after={"total_minutes": total, "by_source": by_source},
        )
        return data


@checked
def full_id_number(db: Database, actor: Actor, data: CertificateData) -> str:
    """The unmasked ID number of the volunteer named on an issued certificate, for the roles that may print it
    (some schools require it); audited against the resident (entity "resident", its id, and the certificate number).

    Only `data.number` is trusted: the certificate is looked up among the issued ones and the number comes from
    that certificate's volunteer, never from `data.resident_id`. Raises NotFound for a number never issued.
    Rule: issue 12 item 3 (full numbers only through an audited path, for the document that needs them).
    """
    require(actor, SEE_FULL_ID)
    with db.write() as s:
        row = s.execute(
            select(Resident.id, Resident.id_number)
            .select_from(VolunteerCertificate)
            .join(Volunteer, Volunteer.id == VolunteerCertificate.volunteer_id)
            .join(Resident, Resident.id == Volunteer.resident_id)
            .where(VolunteerCertificate.number == data.number)
        ).first()
        if row is None:
            raise NotFound(translate("Volunteers", "This certificate was never issued."))
        resident_id, number = row
        audit.record(
            s,
            actor,
            "reveal_id",
            "resident",
            resident_id,
            audit.message("privacy.id_on_certificate", number=data.number),
        )
        return number or ""


def render_certificate(data: CertificateData, full_id: str | None = None) -> bytes:
    """A4 portrait certificate with a space for the seal."""
    import io

    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm

    from app.documents.fonts import ensure_fonts
    from app.documents.seal import draw_seal_space, draw_within
    from app.documents.text import draw_text, keep, text_block

    ensure_fonts()
    buf = io.BytesIO()
    from reportlab.pdfgen.canvas import Canvas

    c = Canvas(buf, pagesize=A4)
    c.setTitle(translate("Volunteers", "Volunteer Service Record Certificate") + " " + data.number)
    w, h = A4
    draw_text(c, w / 2, h - 40 * mm, translate("Volunteers", "Volunteer Service Record Certificate"), 22, "CENTER")
    draw_text(
        c, w - 25 * mm, h - 52 * mm, translate("Volunteers", "No. {number}").format(number=data.number), 10, "RIGHT"
    )
    hours = data.total_hours_text
    body = translate(
        "Volunteers",
        "This is to certify that {name} ({id_type} {id_number}, volunteer number {vnum}) took part in volunteer "
        "service organised by {org} from {start} to {end}, with approved service hours totalling {hours} hours.",
    ).format(  # the short fields never break across lines; the organisation's name may
        name=keep(data.volunteer_name),
        id_type=keep(data.id_type or translate("Volunteers", "ID")),
        id_number=keep(full_id or data.id_number_masked or "—"),
        vnum=keep(data.volunteer_number or "—"),
        org=data.organisation,
        start=keep(data.period_from.isoformat()),
        end=keep(data.period_to.isoformat()),
        hours=keep(hours),
    )
    y = h - 62 * mm
    p = text_block(body, 12, 20, first_indent=24)
    _, ph = p.wrap(w - 50 * mm, h)
    p.drawOn(c, 25 * mm, y - ph)
    y -= ph + 10 * mm
    size = 11
    draw_text(c, 25 * mm, y, translate("Volunteers", "Service content:"), size)
    y -= 7 * mm
    for label, line_hours in data.service_lines:
        draw_text(c, 32 * mm, y, label, size)
        draw_text(c, w - 60 * mm, y, translate("Volunteers", "{hours} hours").format(hours=line_hours), size, "RIGHT")
        y -= 6 * mm
    y -= 2 * mm
    c.setLineWidth(0.5)
    c.line(32 * mm, y + 3 * mm, w - 60 * mm, y + 3 * mm)
    draw_text(c, 32 * mm, y - 2 * mm, translate("Volunteers", "Total approved hours"), size)
    draw_text(c, w - 60 * mm, y - 2 * mm, translate("Volunteers", "{hours} hours").format(hours=hours), size, "RIGHT")
    y -= 12 * mm
    draw_text(c, 25 * mm, y, translate("Volunteers", "Special certificate.").strip(), size)
    # issuer block (ending before the right margin, however long the center's name) and the seal's space, which
    # holds the name too (app.documents.seal)
    base = 70 * mm
    x, width = w - 95 * mm, 75 * mm
    y = draw_within(
        c,
        x,
        base + 22 * mm,
        translate("Volunteers", "Issuing organisation: {org}").format(org=data.organisation),
        size,
        width,
        name=True,
    )
    y = min(y - 7 * mm, base + 15 * mm)
    y = draw_within(
        c,
        x,
        y,
        translate("Volunteers", "Person in charge: {name}").format(name=data.person_in_charge or "________"),
        size,
        width,
    )
    y = draw_within(
        c,
        x,
        y - 7 * mm,
        translate("Volunteers", "Contact: {phone}").format(phone=data.contact or "________"),
        size,
        width,
    )
    draw_within(
        c,
        x,
        y - 7 * mm,
        translate("Volunteers", "Date of issue: {day}").format(
            day=f"{data.issued_on.year}-{data.issued_on.month:02d}-{data.issued_on.day:02d}"
        ),
        size,
        width,
    )
    draw_seal_space(c, data.organisation, translate("Volunteers", "(seal)"), 55 * mm, base + 12 * mm, 22 * mm)
    draw_text(
        c,
        25 * mm,
        30 * mm,
        translate(
            "Volunteers",
            "Only approved hours are counted. Certificate number {number} can be verified with the issuer.",
        ).format(number=data.number),
        9,
    )
    c.showPage()
    c.save()
    return buf.getvalue()
