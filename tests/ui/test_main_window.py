from PySide6.QtWidgets import QAbstractButton, QLineEdit, QTabWidget, QWidget

from ui.main_window import MainWindow

PAGES = [
    "requestsPage",
    "alertsPage",
    "canteenPage",
    "childcarePage",
    "volunteersPage",
    "activitiesPage",
    "libraryPage",
    "healthPage",
    "communityPage",
    "residentsPage",
    "statisticsPage",
]


def test_tabs_and_object_names(qtbot, ctx):
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    tabs = window.findChild(QTabWidget, "mainTabs")
    assert tabs is not None
    names = [tabs.widget(i).objectName() for i in range(tabs.count())]
    assert names == PAGES


def test_every_interactive_widget_has_an_accessible_name(qtbot, ctx):
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    missing = []
    for w in window.findChildren(QWidget):
        if (
            isinstance(w, QAbstractButton | QLineEdit)
            and w.isVisibleTo(window)
            and w.objectName() != "qt_spinbox_lineedit"
        ):
            if w.parent() is not None and type(w.parent()).__name__ in ("QTabBar", "QToolBar"):
                continue
            if not w.accessibleName() and not (isinstance(w, QAbstractButton) and w.text()):
                missing.append((type(w).__name__, w.objectName()))
    assert not missing, missing


def test_find_resident_shortcut_focuses_search(qtbot, ctx):
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.find_resident()
    assert window.tabs.currentWidget().objectName() == "residentsPage"
