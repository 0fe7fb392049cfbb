"""A chart's data credit ("Fuente: Office of Statistics - DataHub (2024)") names whose figures a picture shows, not the
page's outlet; the page's own line "OUTLET / 14·03·2024" names its outlet and date (a slash before the date, a middle
dot between day, month and year). Constructed pages; each test fails on the code before this rule."""

from __future__ import annotations

from briefing_tui.ingest import parse_text
from briefing_tui.ingest.dates import find_date

PROSE = ("Las lluvias dejaron sin servicio a buena parte de la comarca durante la tarde del martes, y los equipos de "
         "emergencia trabajaron hasta la madrugada para despejar las carreteras cortadas por el agua.\n"
         "El ayuntamiento pidió a los vecinos que evitaran los desplazamientos mientras durara la alerta y abrió dos "
         "pabellones para acoger a las familias que tuvieron que dejar sus casas.\n")


def test_middle_dots_part_a_numeric_date():
    assert find_date("14·03·2024")[0] == "2024-03-14"


def test_a_charts_data_credit_is_no_outlet_and_the_outlet_slash_date_line_is():
    page = ("![]() |\nFuente: Instituto Regional de Estadística - DataHub (2024) Lluvia caída durante la tormenta |\n"
            "DIARIO DEL VALLE / 14·03·2024\n" + PROSE)
    parsed = parse_text(page, "d")
    assert parsed.outlet == "DIARIO DEL VALLE"
    assert parsed.published == "2024-03-14"
    # an aggregator's source label with no data year still names the outlet
    assert parse_text("Source: Lakeside Courier | 2024-03-14\n\n" + PROSE, "s").outlet == "Lakeside Courier"
