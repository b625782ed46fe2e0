"""The geometry of the dashboard's charts, computed on the server: the templates draw it as SVG
(role="img", with a title and a description), each chart followed by its data table, so nothing
needs JavaScript and a screen reader reads the table."""

from django.utils.translation import gettext_lazy as _

WIDTH = 640
LABEL_WIDTH = 230
VALUE_WIDTH = 50
BAR_HEIGHT = 14
ROW_GAP = 10

SERIES = {
    "services": _("Services"),
    "online": _("Online"),
    "fully_digital": _("Fully digital"),
}


def bars(groups, series=("services", "online", "fully_digital")):
    """Horizontal bars: per group one bar per series, scaled to the largest value."""
    groups = list(groups)
    largest = max([group[s] for group in groups for s in series] + [1])
    area = WIDTH - LABEL_WIDTH - VALUE_WIDTH
    row_height = BAR_HEIGHT * len(series) + ROW_GAP
    rows = []
    for number, group in enumerate(groups):
        top = number * row_height + ROW_GAP // 2
        rows.append(
            {
                "label": group["label"],
                "label_y": top + BAR_HEIGHT * len(series) / 2 + 5,
                "bars": [
                    {
                        "series": s,
                        "x": LABEL_WIDTH,
                        "y": top + i * BAR_HEIGHT,
                        "width": round(area * group[s] / largest, 1),
                        "height": BAR_HEIGHT - 2,
                        "value": group[s],
                        "value_x": LABEL_WIDTH + round(area * group[s] / largest, 1) + 4,
                        "value_y": top + i * BAR_HEIGHT + BAR_HEIGHT - 3,
                    }
                    for i, s in enumerate(series)
                ],
            }
        )
    return {
        "width": WIDTH,
        "height": max(len(groups) * row_height, row_height),
        "label_x": LABEL_WIDTH - 8,
        "rows": rows,
        "legend": [{"series": s, "label": SERIES[s]} for s in series],
    }


TREND_HEIGHT = 260
TREND_LEFT = 50
TREND_RIGHT = 20
TREND_TOP = 16
TREND_BOTTOM = 40


def trend(history):
    """Two lines over the months: share online and share fully digital, 0–100 %."""
    history = list(history)
    plot_width = WIDTH - TREND_LEFT - TREND_RIGHT
    plot_height = TREND_HEIGHT - TREND_TOP - TREND_BOTTOM
    step = plot_width / max(len(history) - 1, 1)

    def y(percent):
        return round(TREND_TOP + plot_height * (1 - percent / 100), 1)

    points = {"online_share": [], "fully_digital_share": []}
    months = []
    for number, row in enumerate(history):
        x = round(TREND_LEFT + number * step, 1)
        months.append({"x": x, "label": row["key"][5:] + "/" + row["key"][2:4], "key": row["key"]})
        for key in points:
            points[key].append({"x": x, "y": y(row[key]), "value": row[key]})
    return {
        "width": WIDTH,
        "height": TREND_HEIGHT,
        "left": TREND_LEFT,
        "right": WIDTH - TREND_RIGHT,
        "axis_y": y(0),
        "label_y": TREND_HEIGHT - TREND_BOTTOM + 18,
        "ticks": [{"y": y(p), "label": f"{p} %"} for p in (0, 25, 50, 75, 100)],
        "months": months,
        "lines": [
            {
                "series": key,
                "label": _("Share online") if key == "online_share" else _("Share fully digital"),
                "points": pts,
                "path": " ".join(f"{p['x']},{p['y']}" for p in pts),
            }
            for key, pts in points.items()
        ],
    }
