import subprocess
import pytest
from tests.journeys.test_strategy import test_build_a_strategy_approve_an_initiative_and_see_the_gap as run, click_tab
from PySide6.QtWidgets import QTabWidget, QTableView

@pytest.mark.qt_log_ignore("This plugin does not support raise", "This plugin does not support grabbing")
def test_look(journey):
    run(journey)
    journey.window.showMaximized()
    journey.settle(300)
    subprocess.run(["import", "-window", "root", "/tmp/strategy/shots/root-goals.png"], check=True)
    click_tab(journey, journey.find(QTabWidget, "strategyTabs"), "Initiativer")
    journey.settle(300)
    subprocess.run(["import", "-window", "root", "/tmp/strategy/shots/root-initiative.png"], check=True)
