from django.urls import path

from backcoach.web.coach.views import (
    account_data,
    calendar,
    clearances,
    home,
    intake,
    library,
    plan,
    player,
    progress,
    sessions,
)

urlpatterns = [
    path("", home.home, name="home"),
    path("intake/", intake.start, name="intake"),
    path("intake/<slug:step>/", intake.step, name="intake_step"),
    path("plan/", plan.plan, name="plan"),
    path("checkin/", plan.checkin, name="checkin"),
    path(
        "plan/clearances/<int:clearance_id>/withdraw/",
        clearances.withdraw,
        name="clearance_withdraw",
    ),
    path("play/<str:day>/<int:number>/", player.play, name="play"),
    path("progress/", progress.progress, name="progress"),
    path("sessions/save/", sessions.save, name="session_save"),
    path("sessions/<str:client_id>/", sessions.detail, name="session_detail"),
    path("my-data/", account_data.data_page, name="my_data"),
    path("calendar/<str:token>.ics", calendar.feed, name="calendar_feed"),
    path("my-data/export.json", account_data.export_json, name="export_json"),
    path("my-data/export.csv", account_data.export_csv, name="export_csv"),
    path("my-data/checkins.csv", account_data.export_checkins, name="export_checkins"),
    path("my-data/calendar/reset/", account_data.calendar_reset, name="calendar_reset"),
    path("my-data/delete/", account_data.delete_account, name="delete_account"),
    path("library/", library.exercise_list, name="exercise_list"),
    path("library/complexes/", library.complex_list, name="complex_list"),
    path("library/complexes/<slug:complex_id>/", library.complex_detail, name="complex_detail"),
    path("library/<slug:exercise_id>/", library.exercise_detail, name="exercise_detail"),
    path("library/<slug:exercise_id>/figure.svg", library.figure_svg, name="exercise_figure"),
]
