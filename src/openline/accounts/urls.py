from django.contrib.auth import views as auth_views
from django.urls import path

from . import data_views, sso, views, views_staff, views_two_factor

app_name = "accounts"

urlpatterns = [
    path("signin/", views.SignInView.as_view(), name="signin"),
    path("signout/", views.SignOutView.as_view(), name="signout"),
    path("signup/", views.signup, name="signup"),
    path("sso/start/", sso.SignOnStart.as_view(), name="sso_start"),
    path("sso/callback/", sso.SignOnCallback.as_view(), name="sso_callback"),
    path("two-factor/", views_two_factor.setup, name="two_factor"),
    path("two-factor/code/", views_two_factor.step, name="two_factor_step"),
    path("two-factor/recovery-codes/", views_two_factor.regenerate, name="two_factor_regenerate"),
    path("two-factor/disable/", views_two_factor.disable, name="two_factor_disable"),
    path("staff/", views_staff.staff_list, name="staff"),
    path("staff/invite/", views_staff.invite, name="staff_invite"),
    path("staff/<int:person_id>/", views_staff.change, name="staff_change"),
    path("staff/teams/rename/", views_staff.rename_team, name="staff_rename_team"),
    path(
        "staff/invitations/<int:invitation_id>/withdraw/",
        views_staff.withdraw,
        name="staff_withdraw",
    ),
    path("invitation/<str:token>/", views_staff.accept, name="accept_invitation"),
    path("verify/resend/", views.resend_verification, name="resend_verification"),
    path("verify/<str:token>/", views.verify_email, name="verify_email"),
    path("profile/", views.profile, name="profile"),
    path("language/", views.set_language, name="set_language"),
    path("data/", data_views.my_data, name="my_data"),
    path("data/export.json", data_views.download_my_data, {"fmt": "json"}, name="export_json"),
    path("data/export.zip", data_views.download_my_data, {"fmt": "zip"}, name="export_zip"),
    path("email/confirm/<str:token>/", views.confirm_email_change, name="confirm_email_change"),
    path("password/", views.PasswordChangeView.as_view(), name="password_change"),
    path(
        "password/done/",
        auth_views.PasswordChangeDoneView.as_view(
            template_name="accounts/password_change_done.html"
        ),
        name="password_change_done",
    ),
    path("password-reset/", views.PasswordResetView.as_view(), name="password_reset"),
    path(
        "password-reset/done/",
        auth_views.PasswordResetDoneView.as_view(template_name="accounts/password_reset_done.html"),
        name="password_reset_done",
    ),
    path(
        "password-reset/confirm/<uidb64>/<token>/",
        views.PasswordResetConfirmView.as_view(),
        name="password_reset_confirm",
    ),
    path(
        "password-reset/complete/",
        auth_views.PasswordResetCompleteView.as_view(
            template_name="accounts/password_reset_complete.html"
        ),
        name="password_reset_complete",
    ),
]
