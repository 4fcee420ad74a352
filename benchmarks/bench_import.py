"""Import 50,000 realistic French contacts from a CSV into a fresh SQLite file.

Prints the seconds, the peak memory, and a floor measured in the same run: parsing the same CSV with the
csv module alone. Target: under 15 s.
"""

from __future__ import annotations

import csv
import io
import random
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))
from report import exit_status, print_table  # noqa: E402

ROWS = int(__import__("os").environ.get("BENCH_ROWS", 50_000))
FIRST = ["Élodie", "Chloé", "Zoé", "Jérôme", "François", "Anaïs", "Hélène", "Noël", "Maëlle", "Loïc", "Gaëlle",
         "Benoît", "Cécile", "Raphaël", "Inès", "Léa", "Théo", "Océane", "Frédéric", "Joëlle"]  # fmt: skip
LAST = ["Œillet", "Durand", "de Mazières", "Bertaud", "Lefèvre", "Nguyen", "Martin", "Bénard", "Castañeda",
        "D'Arcy", "Müller", "Roux", "Giraud", "Fabre", "Chabert", "Séguin", "Périer", "Laurençon"]  # fmt: skip
OUTLETS = ["La Provence", "La Marseillaise", "France 3 Provence-Alpes", "France Bleu Provence", "AFP Marseille",
           "L'Œil du Rhône", "Radio Camargue Info", "Le Méridional", "BFM Marseille Provence", "Le Régional"]  # fmt: skip
TAGS = ["PQR", "TV", "radio", "agences", "web", "officiels", "Arles", "Tarascon"]


def generate(path: Path) -> None:
    rnd = random.Random(5)
    out = io.StringIO(newline="")
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(["Civilité", "Prénom", "Nom", "Fonction", "Média", "Courriel", "Téléphone", "Portable",
                     "Carte de presse", "Listes", "Notes"])  # fmt: skip
    for i in range(ROWS):
        first, last = rnd.choice(FIRST), rnd.choice(LAST)
        writer.writerow([
            rnd.choice(["Mme", "M.", ""]), first, f"{last} {i}", "Journaliste « politique »", rnd.choice(OUTLETS),
            f"{first[0].lower()}.{i}@redaction.example.fr", f"04 9{rnd.randint(0, 9)} {rnd.randint(10, 99)} "
            f"{rnd.randint(10, 99)} {rnd.randint(10, 99)}", f"06 {rnd.randint(10, 29)} {rnd.randint(10, 99)} "
            f"{rnd.randint(10, 99)} {rnd.randint(10, 99)}", str(100000 + i),
            ", ".join(rnd.sample(TAGS, rnd.randint(0, 3))), "Préfère être joint le matin;\nne pas appeler le lundi."
        ])  # fmt: skip
    path.write_bytes(out.getvalue().encode("cp1252"))


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kilobytes on Linux


def main() -> int:
    from cmer_desk.app import AppContext

    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "contacts.csv"
        generate(source)
        size = source.stat().st_size
        start = time.perf_counter()
        with open(source, encoding="cp1252", newline="") as f:
            parsed = sum(1 for _ in csv.reader(f, delimiter=";"))
        floor = time.perf_counter() - start
        app = AppContext.open(str(Path(folder) / "bench.db"), backup_dir=Path(folder) / "backups")
        try:
            memory_before = peak_mb()
            start = time.perf_counter()
            report = app.contact_import.import_contacts(source)
            seconds = time.perf_counter() - start
        finally:
            app.close()
    assert report.created == ROWS == parsed - 1, (report, parsed)
    print(f"rows: {ROWS}, CSV cp1252 of {size / 2**20:.1f} MB; {report.summary()}")
    ok = print_table(f"contact import, {ROWS:,} CSV rows into a fresh SQLite file", [
        ("import", seconds, floor, None, 15.0),
    ], floor_label="floor: parsing the same CSV with the csv module alone", unit="s")
    print(f"{ROWS / seconds:,.0f} rows/s; peak memory {peak_mb():.0f} MB (before the import: {memory_before:.0f} MB)")
    return exit_status(ok)


if __name__ == "__main__":
    sys.exit(main())
