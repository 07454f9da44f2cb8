"""Pilot tests for the settings file: key remapping, theme and highlights, bad files."""

from __future__ import annotations

from pathlib import Path

from byline.ui.app import BylineApp
from byline.ui.reader.screen import ReaderScreen
from byline.ui.widgets.key_bar import KeyBar

from .conftest import AppFactory, wait_until

SIZE = (120, 30)


def _write(config_dir: Path, text: str) -> None:
    config_dir.mkdir(parents=True, exist_ok=True)
    (config_dir / "config.toml").write_text(text, encoding="utf-8")


def _recording(app: BylineApp) -> list[str]:
    shown: list[str] = []
    notify = app.notify

    def recorded(message: str, **kwargs: object) -> None:
        shown.append(message)
        notify(message, **kwargs)  # type: ignore[arg-type]

    app.notify = recorded  # type: ignore[method-assign]
    return shown


async def test_a_key_remapped_in_the_settings_file_works(
    make_app: AppFactory, config_dir: Path
) -> None:
    _write(config_dir, '[keys]\nnext-section = "l"\n')
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = app.screen
        assert isinstance(screen, ReaderScreen)
        await wait_until(pilot, lambda: "l Next §" in str(app.screen.query_one(KeyBar).render()))
        await pilot.press("l")
        await wait_until(pilot, lambda: screen.current_section == 1)
        await pilot.press("right_square_bracket")  # replaced: nothing happens
        await pilot.pause()
        assert screen.current_section == 1


async def test_settings_choose_theme_and_highlights(make_app: AppFactory, config_dir: Path) -> None:
    _write(
        config_dir,
        'theme = "textual-light"\n[highlights]\nentities = false\ntypes = ["PERSON"]\n',
    )
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await wait_until(pilot, lambda: app.theme == "textual-light")
        preferences = app.store.preferences
        assert not preferences.highlight_entities
        assert preferences.entity_types == ("PERSON",)


async def test_a_bad_settings_file_is_one_warning_and_the_reader_runs(
    make_app: AppFactory, config_dir: Path
) -> None:
    _write(config_dir, 'theme = "no-such-theme"\n[reader]\nwidth = "wide"\n[keys]\nnope = "x"\n')
    app = make_app()
    shown = _recording(app)
    async with app.run_test(size=SIZE) as pilot:
        await wait_until(pilot, lambda: any("config.toml" in m for m in shown))
        await pilot.pause()
        [warning] = [m for m in shown if "config.toml" in m]
        assert "reader.width" in warning
        assert "no-such-theme" in warning
        assert "nope" in warning
        await pilot.press("right_square_bracket")
        assert app.is_running
        assert app.theme == "textual-dark"
