"""Fresh clerk test: the community board's column headers were clipped on both sides at 1366×768 (楼栋 read as
"娄材", the flats "1-02" as "-0"): qt-material pads a header section by 24 px a side. Every header section of the
board tab is at least as wide as its title needs."""

from app import demo


def test_the_board_tabs_column_titles_fit_their_columns(qtbot, ctx, db):
    from ui.community.page import create_page

    demo.populate(db, residents=60, seed=7, log=lambda _s: None, counters=False)
    page = create_page(ctx)
    qtbot.addWidget(page)
    page.resize(1366, 700)
    page.show()
    qtbot.waitExposed(page)
    page.tabs.setCurrentIndex(1)
    tab = page.tabs.currentWidget()
    qtbot.waitUntil(lambda: tab.board_model.columnCount() > 0)
    for table in (tab.buildings, tab.board):
        header = table.horizontalHeader()
        cut = [
            (header.model().headerData(i, header.orientation()), header.sectionSize(i), header.sectionSizeHint(i))
            for i in range(header.count())
            if header.sectionSize(i) < header.sectionSizeHint(i)
        ]
        assert cut == [], table.objectName()
