"""``byline completion bash|zsh|fish``: a completion script made from the parsers.

The scripts complete commands, each command's options, the entity types of ``--type``, file
names, and the ids of the library's articles (from ``byline list --ids``, run when Tab is
pressed) wherever an article or an id is expected.
"""

from __future__ import annotations

import argparse

from byline.cli import output
from byline.cli.dispatch import COMMAND_HELP
from byline.cli.parser import command_parsers, reader_parser
from byline.core.entities.types import LABELS as ENTITY_TYPES

IDS_COMMAND = "byline list --ids 2>/dev/null"


def _options(parser: argparse.ArgumentParser) -> list[tuple[str, str, bool]]:
    """``(option, help, takes a value)`` for each option of `parser`."""
    found = []
    for action in parser._actions:  # argparse offers no public listing
        takes_value = action.nargs != 0
        for option in action.option_strings:
            found.append((option, action.help or "", takes_value))
    return found


def _argument_kind(parser: argparse.ArgumentParser) -> str:
    """What the command's words are: ``article`` (an id or a file), ``id``, ``file``,
    ``shell`` or nothing."""
    for action in parser._actions:
        if not action.option_strings:
            metavar = str(action.metavar)
            return {"ARTICLE": "article", "ID": "id", "SHELL": "shell"}.get(metavar, "file")
    return ""


def _commands() -> dict[str, argparse.ArgumentParser]:
    return {"": reader_parser(), **command_parsers()[1]}


def bash_script() -> str:
    """The bash completion script (also used by zsh, through ``bashcompinit``)."""
    cases = []
    for name, parser in _commands().items():
        options = " ".join(option for option, _, _ in _options(parser))
        valued = "|".join(option for option, _, takes in _options(parser) if takes)
        cases.append(
            f'        "{name}") opts="{options}"; kind="{_argument_kind(parser)}"; '
            f'valued="{valued}";;'
        )
    return _BASH.format(
        commands=" ".join(COMMAND_HELP),
        cases="\n".join(cases),
        types=" ".join(ENTITY_TYPES),
        ids=IDS_COMMAND,
    )


def zsh_script() -> str:
    """The zsh completion script: the bash one, through zsh's ``bashcompinit``."""
    return (
        "# byline completion for zsh: source it from ~/.zshrc, after compinit.\n"
        "autoload -U +X bashcompinit && bashcompinit\n" + bash_script()
    )


def _fish_text(text: str) -> str:
    return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'"


def fish_script() -> str:
    """The fish completion script."""
    lines = [
        "# byline completion for fish: save as ~/.config/fish/completions/byline.fish",
        "complete -c byline -e",
        f"complete -c byline -n __fish_use_subcommand -f -a '({IDS_COMMAND})' -d 'article id'",
        "complete -c byline -n __fish_use_subcommand -F",
    ]
    for name, text in COMMAND_HELP.items():
        lines.append(
            f"complete -c byline -n __fish_use_subcommand -f -a {name} -d {_fish_text(text)}"
        )
    for name, parser in _commands().items():
        condition = "__fish_use_subcommand" if not name else f"'__fish_seen_subcommand_from {name}'"
        for option, text, takes in _options(parser):
            flag = f"-l {option[2:]}" if option.startswith("--") else f"-s {option[1:]}"
            value = " -r" if takes else ""
            if option == "--type":
                value = f" -x -a '{' '.join(ENTITY_TYPES)}'"
            lines.append(f"complete -c byline -n {condition} {flag}{value} -d {_fish_text(text)}")
        kind = _argument_kind(parser)
        if name and kind in ("article", "id"):
            lines.append(
                f"complete -c byline -n {condition} -f -a '({IDS_COMMAND})' -d 'article id'"
            )
        if name and kind == "shell":
            lines.append(f"complete -c byline -n {condition} -f -a 'bash zsh fish'")
    return "\n".join(lines) + "\n"


SCRIPTS = {"bash": bash_script, "zsh": zsh_script, "fish": fish_script}


def command_completion(args: argparse.Namespace) -> int:
    """``byline completion SHELL``: print the completion script for that shell."""
    output.document(SCRIPTS[args.shell]())
    return 0


_BASH = """\
# byline completion for bash: source it from ~/.bashrc, or save it as
# ~/.local/share/bash-completion/completions/byline
_byline() {{
    local cur prev word command="" opts kind valued i
    cur="${{COMP_WORDS[COMP_CWORD]}}"
    prev="${{COMP_WORDS[COMP_CWORD-1]}}"
    for ((i = 1; i < COMP_CWORD; i++)); do
        word="${{COMP_WORDS[i]}}"
        case "$word" in
            --config-dir) ((i++));;
            -) break;;
            -*) ;;
            *) case " {commands} " in *" $word "*) command="$word";; esac; break;;
        esac
    done
    case "$command" in
{cases}
    esac
    case "$prev" in
        --config-dir) COMPREPLY=($(compgen -d -- "$cur")); return;;
        --type) COMPREPLY=($(compgen -W "{types}" -- "$cur")); return;;
    esac
    if [[ -n "$valued" && "|$valued|" == *"|$prev|"* ]]; then
        COMPREPLY=($(compgen -f -- "$cur")); return
    fi
    if [[ "$cur" == -* ]]; then
        COMPREPLY=($(compgen -W "$opts" -- "$cur")); return
    fi
    local words=""
    case "$kind" in
        article|id) words="$({ids})";;
        shell) words="bash zsh fish";;
    esac
    [[ -z "$command" ]] && words="{commands} $({ids})"
    COMPREPLY=($(compgen -W "$words" -- "$cur"))
    if [[ "$kind" == "article" || "$kind" == "file" || -z "$command" ]]; then
        COMPREPLY+=($(compgen -f -- "$cur"))
    fi
}}
complete -o filenames -F _byline byline
"""
