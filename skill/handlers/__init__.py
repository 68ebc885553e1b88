"""Every handler, interceptor and the exception handler, registered in one place.

Order matters: ask-sdk uses the first handler whose ``can_handle`` is true, so the
specific handlers come first and the catch-alls last. Only the handlers that could take a
request are asked (see ``skill.handlers.routing``).
"""

from __future__ import annotations

from ask_sdk_core.skill import CustomSkill
from ask_sdk_core.skill_builder import CustomSkillBuilder

from skill.handlers import conversation, crisis, guidance, memory, moments, reminders
from skill.handlers.errors import ApologyExceptionHandler
from skill.handlers.interceptors import (
    LocaleContentInterceptor,
    RequestLogInterceptor,
    SaveUserStateInterceptor,
    VoiceInterceptor,
)
from skill.handlers.routing import IndexedRequestMapper
from skill.services import Services

REQUEST_HANDLERS = (
    crisis.CrisisHandler,
    conversation.LaunchHandler,
    conversation.NavigateHomeHandler,
    conversation.HelpHandler,
    conversation.StopHandler,
    conversation.RepeatHandler,
    conversation.SessionEndedHandler,
    moments.BreathingHandler,
    moments.RepairReminderHandler,
    moments.SelfCareReminderHandler,
    moments.NightFeedCheckInHandler,
    moments.CheckInChoiceHandler,
    memory.SofterVoiceHandler,
    memory.NormalVoiceHandler,
    memory.DeleteDataHandler,
    memory.DeleteDataAnswerHandler,
    memory.SkillDisabledHandler,
    memory.QuietSkillEventHandler,
    reminders.ScheduleReminderHandler,
    reminders.PermissionAnswerHandler,
    reminders.StopRemindersHandler,
    guidance.TipHandler,
    guidance.QuestionHandler,
    guidance.HealthQuestionHandler,
    guidance.TellMeMoreHandler,
    guidance.YesHandler,
    guidance.NoHandler,
    guidance.TopicHandler,
    conversation.FallbackHandler,
    conversation.UnknownIntentHandler,
    conversation.UnknownRequestHandler,
)


def build_skill(services: Services) -> CustomSkill:
    """The ask-sdk skill with all of Calm Cradle's handlers."""
    builder = CustomSkillBuilder(persistence_adapter=services.store)
    builder.add_global_request_interceptor(RequestLogInterceptor())
    builder.add_global_request_interceptor(LocaleContentInterceptor())
    builder.add_global_request_interceptor(VoiceInterceptor())
    for handler in REQUEST_HANDLERS:
        builder.add_request_handler(handler())
    builder.add_global_response_interceptor(SaveUserStateInterceptor())
    builder.add_exception_handler(ApologyExceptionHandler())
    skill = builder.create()
    dispatcher = skill.request_dispatcher  # ask the handlers that could take a request only
    dispatcher.request_mappers = [
        IndexedRequestMapper(mapper.request_handler_chains) for mapper in dispatcher.request_mappers
    ]
    return skill
