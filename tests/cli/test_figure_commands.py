"""`backcoach figure` and `backcoach figure-sheet`, run as a real subprocess."""

from pathlib import Path
from xml.dom.minidom import parseString

from tests.cli.conftest import Run


def test_it_prints_an_animated_figure(run_cli: Run) -> None:
    result = run_cli("figure", "cat-cow")
    assert result.returncode == 0, result.stderr
    parseString(result.stdout)
    assert "@keyframes" in result.stdout


def test_it_writes_a_static_strip_to_a_file(run_cli: Run, tmp_path: Path) -> None:
    target = tmp_path / "bird-dog.svg"
    result = run_cli("figure", "bird-dog", "-o", str(target), "--static")
    assert result.returncode == 0, result.stderr
    svg = target.read_text()
    assert "@keyframes" not in svg
    assert "Bird dog" in svg


def test_it_refuses_an_unknown_exercise_in_one_line(run_cli: Run) -> None:
    result = run_cli("figure", "no-such-exercise")
    assert result.returncode == 2
    assert result.stderr.strip().count("\n") == 0
    assert "unknown exercise 'no-such-exercise'" in result.stderr


def test_it_writes_the_contact_sheet_page(run_cli: Run, tmp_path: Path) -> None:
    result = run_cli("figure-sheet", "-o", str(tmp_path), "--no-png")
    assert result.returncode == 0, result.stderr
    page = (tmp_path / "contact-sheet.html").read_text()
    assert page.count("<figure") > 70


def test_it_names_the_exercise_pose_and_joint_of_a_bad_keyframe(
    run_cli: Run, content_copy: Path
) -> None:
    figure = content_copy / "figures" / "bird-dog.toml"
    figure.write_text(figure.read_text().replace("far_knee = 0", "far_knee = -30"))
    result = run_cli("figure", "bird-dog", env={"BACKCOACH_CONTENT": str(content_copy)})
    assert result.returncode == 2
    assert "bird-dog: pose 'opposite arm and leg reach': far_knee -30 degrees" in result.stderr
