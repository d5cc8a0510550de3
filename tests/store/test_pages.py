from muctieu.store.actors import system
from muctieu.store.bulk import import_observations
from muctieu.store.pages import page_observations, page_targets
from tests.store_doubles import write_csv

ROWS = [
    ["dvc_toan_trinh", "Gia Lai", "21550", 2024, "61,5", "", ""],
    ["dvc_toan_trinh", "Gia Lai", "Xã Tuy Phước", 2024, "", 45, 50],
    ["chu_ky_so_ca_nhan", "Bình Định", "", 2024, "1.234.567", "", ""],
]


def test_a_province_page_is_that_province_among_the_visible_ones(planned, refs, tmp_path):
    import_observations(planned, write_csv(tmp_path / "f.csv", ROWS), refs, who=system("t"))
    everything = page_observations(planned, provinces=None, limit=2)
    assert everything.total == 4  # with the plan's own figure
    assert [r.id for r in everything.items] == sorted(r.id for r in everything.items)
    asked = page_observations(planned, provinces=frozenset({"52", "01"}), province_code="52",
                              limit=2, offset=1)
    assert asked.total == 4 and len(asked.items) == 2
    assert asked.items == page_observations(planned, provinces=None, province_code="52",
                                            limit=2, offset=1).items
    # A province the reader may not see: nothing, as when the filter was in SQL.
    hidden = page_observations(planned, provinces=frozenset({"01"}), province_code="52")
    assert (hidden.total, hidden.items) == (0, [])
    assert page_observations(planned, provinces=frozenset(), province_code=None).total == 0
    assert page_targets(planned, provinces=frozenset({"01"}), province_code="52").total == 0
    assert page_targets(planned, provinces=frozenset({"52"}), province_code="52").total == \
        page_targets(planned, provinces=None).total > 0
