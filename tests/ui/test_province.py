"""A province-size database opens without reading all its rows (SPEC §13)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex

from app.models.database import open_database
from app.services import search


def test_province_tree_opens_without_loading_all_rows(window_factory, province_db_path, qtbot):
    db = open_database(province_db_path, user="tester")
    window = window_factory(db)
    model = window.tree_pane.model
    totals = {"indicators": 0}
    with db.session() as session:
        from sqlalchemy import func, select

        from app.models import Indicator

        totals["indicators"] = session.scalar(select(func.count(Indicator.id))) or 0
    assert totals["indicators"] > 20000
    # First paint: the government and its perangkat daerah only.
    assert model.rowCount(QModelIndex()) == 1
    first_level = model.loaded_count()
    assert first_level <= 1 + 100
    government = model.index(0, 0)
    assert model.total_count(government) >= 60
    # Expanding one perangkat daerah reads that level only.
    unit = model.index(0, 0, government)
    window.tree_pane.tree.expand(unit)
    assert model.rowCount(unit) == model.total_count(unit)
    assert model.loaded_count() < first_level + 100
    # Down to one IKU: still a few hundred rows of the province's 30,000.
    hit = search.search_tree(db, "kualitas data")[-1]
    assert window.tree_pane.select(hit.kind, hit.id)
    assert window.current_node().id == hit.id
    assert model.loaded_count() < 1000
    assert window.editors.currentWidget() in (window.indicator_editor, window.agreement_editor)


def test_a_level_of_more_than_one_batch_loads_in_pages(window_factory, demo_db_path, qtbot):
    from app.services import organisation

    from app.ui.shell.cascade_tree_model import BATCH

    db = open_database(demo_db_path, user="tester")
    unit = search.resolve_tree_path(db, "BKD")
    assert unit is not None
    for n in range(BATCH + 30):
        organisation.create_unit(
            db, code=f"BKD-T{n:03d}", name=f"Tim {n:03d}", kind="subkelompok", parent_id=unit[1]
        )
    window = window_factory(db)
    model = window.tree_pane.model
    assert window.tree_pane.select(*unit)
    index = window.tree_pane.tree.currentIndex()
    assert model.rowCount(index) == 0 and model.canFetchMore(index)  # nothing read yet
    model.fetchMore(index)
    assert model.rowCount(index) == BATCH
    assert model.canFetchMore(index)
    model.fetchMore(index)
    assert model.rowCount(index) == model.total_count(index) == BATCH + 30 + 1
    assert not model.canFetchMore(index)
