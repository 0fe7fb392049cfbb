"""The yardstick for first paint: a minimal Textual app (a 5-row DataTable and a ListView)."""

from textual.app import App, ComposeResult
from textual.widgets import DataTable, Label, ListItem, ListView


class MinimalApp(App):
    """Nothing but two small widgets."""

    def compose(self) -> ComposeResult:
        yield DataTable()
        yield ListView(*(ListItem(Label(f"item {i}")) for i in range(5)))

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        table.add_columns("id", "name")
        table.add_rows([(str(i), f"row {i}") for i in range(5)])


if __name__ == "__main__":
    MinimalApp().run()
