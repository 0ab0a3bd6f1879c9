"""Speech: customer lines read aloud off the GUI thread (pyttsx3 to WAV, killable player).

Qt-free. The UI drives a :class:`Speaker` (or a :class:`FakeSpeaker` in tests) through
:class:`SpeakerProtocol` and shows :class:`SpeechStatus` when speech is off.
"""

from simulator.speech.fake import FakeSpeaker, SaidLine, SpeakerProtocol
from simulator.speech.speaker import Speaker, SpeechError
from simulator.speech.status import INIT_FAILED, NO_ENGINE, NO_PLAYER, OK, SpeechStatus, availability

__all__ = [
    "INIT_FAILED",
    "NO_ENGINE",
    "NO_PLAYER",
    "OK",
    "FakeSpeaker",
    "SaidLine",
    "Speaker",
    "SpeakerProtocol",
    "SpeechError",
    "SpeechStatus",
    "availability",
]
