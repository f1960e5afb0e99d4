"""Demo data for the book room: a few hundred copies (a fifth of them the district library's), readers with cards,
current loans (one overdue, some due soon), a child's loan on a guardian's card when the childcare demo made one,
returned loans of the past weeks, a renewal, and a hold with its queue. Written in one unit of work."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from stdnum import isbn as stdisbn

from app import audit, clock
from app.database import Database
from db.models import Resident
from db.models.childcare import Child, ChildContact
from db.models.library import LibraryCopy, LibraryHold, LibraryLoan, LibraryReader, LibraryRenewal, title_key

# (title, author, 中图法 class) — well-known books a community room holds
BOOKS = (
    ("平凡的世界", "路遥", "I247.5"),
    ("活着", "余华", "I247.57"),
    ("围城", "钱锺书", "I246.5"),
    ("红楼梦", "曹雪芹", "I242.4"),
    ("西游记", "吴承恩", "I242.4"),
    ("三国演义", "罗贯中", "I242.4"),
    ("水浒传", "施耐庵", "I242.4"),
    ("骆驼祥子", "老舍", "I246.5"),
    ("边城", "沈从文", "I246.5"),
    ("呐喊", "鲁迅", "I210.4"),
    ("朝花夕拾", "鲁迅", "I210.4"),
    ("三体", "刘慈欣", "I247.55"),
    ("白鹿原", "陈忠实", "I247.5"),
    ("人世间", "梁晓声", "I247.5"),
    ("繁花", "金宇澄", "I247.5"),
    ("长安的荔枝", "马伯庸", "I247.5"),
    ("小王子", "圣埃克苏佩里", "I565.88"),
    ("夏洛的网", "E.B.怀特", "I712.85"),
    ("草房子", "曹文轩", "I287.45"),
    ("米小圈上学记", "北猫", "I287.5"),
    ("中华上下五千年", "林汉达", "K209"),
    ("万历十五年", "黄仁宇", "K248.306"),
    ("乡土中国", "费孝通", "C912.82"),
    ("高血压防治手册", "中国高血压联盟", "R544.1"),
    ("老年人健康膳食指南", "中国营养学会", "R153.3"),
    ("太极拳入门", "李德印", "G852.11"),
    ("家常菜大全", "甘智荣", "TS972.12"),
    ("智能手机使用一本通", "社区学院", "TN929.53"),
    ("唐诗三百首", "蘅塘退士", "I222.742"),
    ("宋词三百首", "上彊村民", "I222.844"),
)
COPIES = 320
DISTRICT_SHARE = 5  # every fifth copy belongs to the district library


def _isbn(n: int) -> str:
    body = f"978753{n:06d}"
    for d in "0123456789":
        if stdisbn.is_valid(body + d):
            return body + d
    return ""  # pragma: no cover - one check digit always fits


READERS = 40  # cards the demo makes (the holds below use the 36th and 37th)


def populate(db: Database, ctx) -> None:
    rng, today, actor = ctx.rng, ctx.today, ctx.actor
    now = clock.now()
    with db.write() as s:
        if s.execute(select(LibraryCopy.id).limit(1)).first() is not None:
            return  # demo data written before
        people = s.execute(
            select(Resident.id, Resident.birth_date).where(
                Resident.id.in_(ctx.resident_ids[:3000]), Resident.archived_at.is_(None)
            )
        ).all()
        adults = [rid for rid, birth in people if birth is None or (today - birth).days > 20 * 366]
        if len(adults) < READERS:
            return  # too few adults for the demo's readers (a small population): no book room data
        copies = []
        for n in range(COPIES):
            title, author, cls = BOOKS[n % len(BOOKS)]
            district = n % DISTRICT_SHARE == 4
            copies.append(
                LibraryCopy(
                    barcode=(f"D{31000000 + n}" if district else f"SF{100000 + n}"),
                    title=title,
                    author=author,
                    isbn=_isbn(n % len(BOOKS)),
                    call_number=f"{cls}/{n % len(BOOKS) + 1}",
                    owner="district" if district else "room",
                    status="available",
                    source="demo",
                    created_at=now - dt.timedelta(days=120),
                )
            )
        copies[-1].status = "withdrawn"
        copies[-1].retired_at = now - dt.timedelta(days=10)
        copies[-1].retire_reason = "破损剔旧"
        s.add_all(copies)
        s.flush()
        readers = []
        for i, rid in enumerate(rng.sample(adults, READERS)):
            readers.append(
                LibraryReader(resident_id=rid, card_no=f"SF{i + 1:06d}", created_at=now - dt.timedelta(days=100 - i))
            )
        s.add_all(readers)
        s.flush()
        from app.sequences import next_value

        for _ in readers:
            next_value(s, "library.card")  # the next card the desk makes follows the demo's
        shelf = [c for c in copies if c.status == "available"]
        rng.shuffle(shelf)
        loans = []

        def lend(copy, reader, lent_days_ago, returned_days_ago=None, borrower=None):
            lent_at = now - dt.timedelta(days=lent_days_ago, hours=rng.randint(0, 5))
            loan = LibraryLoan(
                copy_id=copy.id,
                reader_id=reader.id,
                borrower_resident_id=borrower or reader.resident_id,
                lent_at=lent_at,
                due_on=(lent_at + dt.timedelta(days=30)).astimezone(clock.local_tz()).date(),
                renewals=0,
                fine_fen=0,
                returned_at=(now - dt.timedelta(days=returned_days_ago)) if returned_days_ago is not None else None,
            )
            loans.append(loan)
            return loan

        # returned loans of the past weeks (history and this month's figures)
        for i in range(60):
            ago = rng.randint(15, 80)
            lend(shelf[i % 100], readers[i % len(readers)], ago, rng.randint(1, min(ago - 1, 30)))
        # current loans: most due in the coming weeks, a few overdue
        current = shelf[100:150]
        for i, copy in enumerate(current):
            reader = readers[i % 30]
            ago = 35 + i % 4 if i in (0, 7, 13) else rng.randint(1, 25)
            lend(copy, reader, ago)
        # a child borrowing on a guardian's card: a young resident linked to a guardian as the childcare counter
        # links them (made here when the childcare demo linked none)
        link = s.execute(
            select(Child.resident_id, ChildContact.resident_id)
            .join(ChildContact, ChildContact.child_id == Child.id)
            .where(ChildContact.role == "guardian", Child.resident_id.is_not(None))
            .limit(1)
        ).first()
        if link is None:
            young = [
                (rid, birth) for rid, birth in people if birth is not None and 6 <= (today - birth).days // 365 < 12
            ]
            if young:
                child_rid, birth = young[0]
                name = s.execute(select(Resident.name).where(Resident.id == child_rid)).scalar_one()
                child = Child(name=name, birth_date=birth, resident_id=child_rid, created_at=now)
                s.add(child)
                s.flush()
                s.add(
                    ChildContact(
                        child_id=child.id,
                        resident_id=readers[0].resident_id,
                        role="guardian",
                        relation="母亲",
                        created_at=now,
                    )
                )
                link = (child_rid, readers[0].resident_id)
        if link is not None:
            child_rid, guardian_rid = link
            guardian = next((r for r in readers if r.resident_id == guardian_rid), None)
            if guardian is None:
                guardian = LibraryReader(resident_id=guardian_rid, card_no=f"SF{len(readers) + 1:06d}", created_at=now)
                s.add(guardian)
                s.flush()
                next_value(s, "library.card")
            kids_book = next(c for c in shelf[150:] if c.title in ("小王子", "夏洛的网", "草房子", "米小圈上学记"))
            lend(kids_book, guardian, 6, borrower=child_rid)
        s.add_all(loans)
        s.flush()
        renewed = next(x for x in loans if x.returned_at is None and x.due_on >= today)
        s.add(
            LibraryRenewal(
                loan_id=renewed.id, at=now, due_before=renewed.due_on, due_after=renewed.due_on + dt.timedelta(days=30)
            )
        )
        renewed.due_on += dt.timedelta(days=30)
        renewed.renewals = 1
        renewed.last_renewed_at = now
        # a hold queue on a book that is out: two readers waiting
        held = next(x for x in loans if x.returned_at is None and x.reader_id != readers[35].id)
        held_copy = s.get(LibraryCopy, held.copy_id)
        assert held_copy is not None
        for k, reader in enumerate((readers[35], readers[36])):
            s.add(
                LibraryHold(
                    copy_id=held.copy_id,
                    title_key=title_key(held_copy.isbn, held_copy.title, held_copy.author),
                    reader_id=reader.id,
                    borrower_resident_id=reader.resident_id,
                    status="waiting",
                    placed_at=now - dt.timedelta(days=3 - k),
                )
            )
        audit.record(s, actor, "demo", "library_catalogue", None, audit.message("library.demo"))
    ctx.log(f"book room: {COPIES} copies, {len(readers)} readers, {len(loans)} loans")
