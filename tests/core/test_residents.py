import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from app.errors import UserError, ValidationError
from app.residents import service
from app.residents.phones import normalise_phone
from app.residents.search_keys import pinyin_keys
from app.residents.service import PossibleDuplicate, ResidentInput
from db.models import AuditEntry, Resident

ZSQ_ID = "110105195003040012"  # valid check character


def make(db, admin, **kw) -> int:
    data = dict(name="赵善庆", id_number=ZSQ_ID, phone="13812345678", building="3", unit="2", room="501")
    data.update(kw)
    return service.create_resident(db, admin, ResidentInput(**data))


def test_pinyin_keys():
    assert pinyin_keys("赵善庆") == ("zhaoshanqing", "zsq")
    assert pinyin_keys("单田芳")[1] == "stf"  # surname reading
    assert pinyin_keys("欧阳娜娜")[1] == "oynn"


def test_phone_normalised_and_bad_phone_refused():
    assert normalise_phone("138 1234 5678") == "13812345678"
    assert normalise_phone("+86 138-1234-5678") == "13812345678"
    assert normalise_phone("025-84123456") == "02584123456"
    with pytest.raises(UserError):
        normalise_phone("12345")


def test_create_derives_birth_date_and_gender_and_audits(db, admin):
    rid = make(db, admin)
    d = service.get_resident(db, rid)
    assert d.row.birth_date == dt.date(1950, 3, 4)
    assert d.row.gender == "M"
    assert d.row.masked_id == "110105********0012"
    with db.read() as s:
        entry = s.execute(select(AuditEntry).where(AuditEntry.entity == "resident")).scalar_one()
    assert entry.action == "create" and entry.username == "admin"
    assert "0012" in entry.after_json and ZSQ_ID not in entry.after_json  # the trail holds the masked number


def test_typed_birth_date_must_match_id(db, admin):
    with pytest.raises(ValidationError) as err:
        make(db, admin, birth_date=dt.date(1951, 3, 4))
    assert "birth_date" in err.value.errors
    with pytest.raises(ValidationError) as err:
        make(db, admin, gender="F")
    assert "gender" in err.value.errors
    with db.read() as s:
        assert s.execute(select(func.count()).select_from(Resident)).scalar() == 0


def test_duplicate_id_refused_same_name_and_birth_warned(db, admin):
    make(db, admin)
    with pytest.raises(ValidationError, match="already registered"):
        make(db, admin, name="别人")
    with pytest.raises(PossibleDuplicate):
        make(db, admin, id_number="", birth_date=dt.date(1950, 3, 4), phone="")
    rid = service.create_resident(
        db, admin, ResidentInput(name="赵善庆", birth_date=dt.date(1950, 3, 4)), confirm_duplicate=True
    )
    assert rid


def test_archive_instead_of_delete(db, admin):
    rid = make(db, admin)
    with pytest.raises(ValidationError):
        service.archive_resident(db, admin, rid, "  ")
    service.archive_resident(db, admin, rid, "搬走了")
    assert service.get_resident(db, rid).row.archived
    assert service.search_residents(db, "zsq") == []
    assert [r.id for r in service.search_residents(db, "zsq", include_archived=True)] == [rid]
    with pytest.raises(UserError):
        service.update_resident(db, admin, rid, ResidentInput(name="x"))
    service.restore_resident(db, admin, rid)
    assert not service.get_resident(db, rid).row.archived


def test_update_audits_before_and_after(db, admin):
    rid = make(db, admin)
    inp = service.get_resident(db, rid).to_input()
    inp.phone = "13900001111"
    service.update_resident(db, admin, rid, inp)
    with db.read() as s:
        entry = s.execute(select(AuditEntry).where(AuditEntry.action == "change")).scalar_one()
    assert "13812345678" in entry.before_json and "13900001111" in entry.after_json


@pytest.mark.parametrize(
    "query",
    [
        "赵",
        "赵善",
        "zsq",
        "ZSQ",
        "zs",
        "zhaoshan",
        "zhao shan qing",
        "138123",
        "5678",
        "0012",
        "110105195003040012",
        "110105500304001",
    ],
)
def test_search_finds_by_every_key(db, admin, query):
    rid = make(db, admin)
    make(db, admin, name="钱多多", id_number="", phone="13699990000", birth_date=dt.date(1960, 1, 1))
    if len(query) == 15:
        assert service.find_by_id_number(db, query).id == rid
        return
    ids = [r.id for r in service.search_residents(db, query)]
    assert rid in ids


def test_search_ranks_and_limits(db, admin):
    for i in range(30):
        service.create_resident(db, admin, ResidentInput(name=f"张{'三四五六七'[i % 5]}{i}", phone=f"1381234{i:04d}"))
    rows = service.search_residents(db, "zs", limit=10)
    assert len(rows) <= 10
    assert rows and all(r.name[1] in "三四" for r in rows)  # zs = 张三 or 张四
    assert service.search_residents(db, "") == []
    assert service.search_residents(db, "x" * 100) == []


def test_paging_visits_every_resident_once(db, admin):
    for i in range(25):
        service.create_resident(db, admin, ResidentInput(name=f"王{i:02d}"))
    seen, after = [], None
    while True:
        page = service.page_residents(db, after, 7)
        if not page:
            break
        seen += [r.id for _k, r in page]
        after = page[-1][0]
    assert len(seen) == len(set(seen)) == 25


weird_text = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), min_size=0, max_size=80) | st.sampled_from(
    ["'; DROP TABLE residents; --", "🙂👍", "مرحبا", "\u202eabc", "a\x00b", "x" * 10000]
)


@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture], deadline=None)
@given(name=weird_text, notes=weird_text, building=weird_text)
def test_any_input_is_stored_exactly_or_refused(db, admin, name, notes, building):
    inp = ResidentInput(name=name, notes=notes, building=building)
    with db.read() as s:
        before = s.execute(select(func.count()).select_from(Resident)).scalar()
    try:
        rid = service.create_resident(db, admin, inp, confirm_duplicate=True)
    except UserError as exc:
        assert exc.message
        with db.read() as s:
            assert s.execute(select(func.count()).select_from(Resident)).scalar() == before
        return
    d = service.get_resident(db, rid)
    assert d.row.name == " ".join(name.split())
    assert (d.notes or "") == notes
    assert (d.row.building or "") == building.strip()
