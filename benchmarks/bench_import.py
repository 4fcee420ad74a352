"""Import 50,000 realistic French contacts from a CSV into a fresh SQLite file, then 20,000 accreditation
requests for one event (half of them people already in the file, matched by e-mail).

Prints the seconds, the peak memory of the process, and a floor measured in the same run: parsing the
same CSV with the csv module alone. Targets: each import under 10 s, the process under 200 MB at its peak.
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
REQUESTS = int(__import__("os").environ.get("BENCH_REQUESTS", 20_000))
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
            f"contact.{i}@redaction.example.fr", f"04 9{rnd.randint(0, 9)} {rnd.randint(10, 99)} "
            f"{rnd.randint(10, 99)} {rnd.randint(10, 99)}", f"06 {rnd.randint(10, 29)} {rnd.randint(10, 99)} "
            f"{rnd.randint(10, 99)} {rnd.randint(10, 99)}", str(100000 + i),
            ", ".join(rnd.sample(TAGS, rnd.randint(0, 3))), "Préfère être joint le matin;\nne pas appeler le lundi."
        ])  # fmt: skip
    path.write_bytes(out.getvalue().encode("cp1252"))


def generate_requests(path: Path) -> None:
    """Accreditation requests: every other one from a contact of the first file (same e-mail)."""
    rnd = random.Random(7)
    out = io.StringIO(newline="")
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(["Nom", "Prénom", "Média", "Rôle", "Carte de presse", "Courriel", "Téléphone"])
    roles = ["Rédacteur", "Photographe", "JRI", "Technicien", ""]
    for i in range(REQUESTS):
        first, last = rnd.choice(FIRST), rnd.choice(LAST)
        known = i % 2 == 0 and i // 2 < ROWS
        n = i // 2 if known else ROWS + i
        email = f"contact.{n}@redaction.example.fr" if known else f"pigiste.{n}@example.fr"
        writer.writerow([f"{last} {n}", first, rnd.choice(OUTLETS), rnd.choice(roles), str(300000 + i), email,
                         f"06 {rnd.randint(10, 29)} {rnd.randint(10, 99)} {rnd.randint(10, 99)} {rnd.randint(10, 99)}"])
    path.write_bytes(out.getvalue().encode("utf-8"))


def csv_floor(path: Path, encoding: str) -> float:
    start = time.perf_counter()
    with open(path, encoding=encoding, newline="") as f:
        sum(1 for _ in csv.reader(f, delimiter=";"))
    return time.perf_counter() - start


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kilobytes on Linux


def main() -> int:
    from cmer_desk.app import AppContext

    with tempfile.TemporaryDirectory() as folder:
        source, requests = Path(folder) / "contacts.csv", Path(folder) / "demandes.csv"
        generate(source)
        generate_requests(requests)
        size = source.stat().st_size
        floor, request_floor = csv_floor(source, "cp1252"), csv_floor(requests, "utf-8")
        app = AppContext.open(str(Path(folder) / "bench.db"), backup_dir=Path(folder) / "backups")
        try:
            event_id = app.example.load()
            memory_before = peak_mb()
            start, cpu_start = time.perf_counter(), time.process_time()
            report = app.contact_import.import_contacts(source)
            seconds, cpu_seconds = time.perf_counter() - start, time.process_time() - cpu_start
            memory_contacts = peak_mb()
            start = time.perf_counter()
            accreditations = app.accreditation_import.import_requests(event_id, requests)
            request_seconds = time.perf_counter() - start
        finally:
            app.close()
    assert report.created == ROWS, report
    assert accreditations.accreditations_created == REQUESTS, accreditations
    print(f"rows: {ROWS}, CSV cp1252 of {size / 2**20:.1f} MB; {report.summary()}")
    print(f"requests: {REQUESTS}; {accreditations.summary()}")
    peak = peak_mb()
    ok = print_table("imports into a fresh SQLite file", [
        (f"contact import, {ROWS:,} CSV rows", seconds, floor, None, 10.0),
        (f"accreditation requests, {REQUESTS:,} for one event", request_seconds, request_floor, None, 10.0),
    ], floor_label="floor: parsing the same CSV with the csv module alone", unit="s")
    memory_ok = peak < 200
    print(f"{ROWS / seconds:,.0f} contact rows/s, {REQUESTS / request_seconds:,.0f} requests/s")
    print(f"processor time of the contact import: {cpu_seconds:.2f} s (wall-clock {seconds:.2f} s; on a machine "
          "shared with other work, the processor time is the steadier figure)")
    print(f"peak memory of the process: {peak:.0f} MB (before the imports {memory_before:.0f} MB, after the contacts "
          f"{memory_contacts:.0f} MB); target < 200 MB: {'met' if memory_ok else 'MISSED'}")
    return exit_status(ok and memory_ok)


if __name__ == "__main__":
    sys.exit(main())
