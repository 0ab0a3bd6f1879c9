"""Speech check for support staff: ``python -m simulator.speech [--say] [--lang fr] [TEXT]``.

Prints whether speech works and why not, writes the line to a WAV through the real
worker and reports its length and how long it took; ``--say`` also plays it.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import threading
import time
from pathlib import Path

from simulator.speech.player import wav_seconds
from simulator.speech.speaker import Speaker

SAMPLES = {"fr": "Bonjour, je voudrais parler au responsable du magasin, s'il vous plaît.",
           "en": "Hello, I would like to speak to the manager of the shop, please."}


def _parse() -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m simulator.speech", description=__doc__)
    parser.add_argument("text", nargs="?", default="")
    parser.add_argument("--lang", default="fr")
    parser.add_argument("--voice", default="female")
    parser.add_argument("--rate", type=int, default=175)
    parser.add_argument("--repeat", type=int, default=5, help="how many WAVs to time")
    parser.add_argument("--say", action="store_true", help="also play the line aloud")
    return parser.parse_args()


def _time_files(speaker: Speaker, args: argparse.Namespace, text: str, folder: Path) -> None:
    """write_wav() round trips (caller -> worker -> file), median and range in ms."""
    times, seconds = [], 0.0
    for index in range(max(1, args.repeat)):
        start = time.perf_counter()
        path = speaker.write_wav(text, args.lang, args.voice, folder / f"check-{index}.wav")
        times.append((time.perf_counter() - start) * 1000.0)
        seconds = wav_seconds(path)
    print(f"WAV: {seconds:.2f} s of speech; write_wav {statistics.median(times):.1f} ms median "
          f"({min(times):.1f}-{max(times):.1f}) over {len(times)}")


def _say(speaker: Speaker, args: argparse.Namespace, text: str) -> None:
    """Play the line and report say() -> WAV ready, and any player error."""
    finished = threading.Event()
    speaker.on_finished = lambda line_id: finished.set()
    speaker.on_error = lambda message: print("error:", message)
    speaker.say(text, args.lang, args.voice)
    finished.wait(60.0)
    print(f"say() -> WAV ready: {speaker.last_synth_ms:.1f} ms" if speaker.last_synth_ms else "not spoken")


def main() -> None:
    """Run the check and print plain results."""
    args = _parse()
    text = args.text or SAMPLES.get(args.lang.split("-")[0], SAMPLES["en"])
    speaker = Speaker(rate=args.rate)
    status = speaker.status()
    print(f"status: {status.code}: {status.reason}")
    try:
        with tempfile.TemporaryDirectory() as folder:
            _time_files(speaker, args, text, Path(folder))
        if args.say:
            _say(speaker, args, text)
    except Exception as exc:  # a support tool: print the problem in one line
        print("error:", exc)
    finally:
        speaker.close()


if __name__ == "__main__":
    main()
