#pragma once

// A fixed-iteration fuzzer for parsers of JSON that servers and users' files send: seeds from
// tests/fuzz-corpus (real answers of each service) are mutated byte-wise and structurally with a
// fixed random seed, so a CI run is repeatable and bounded. Each input must be answered (a value
// or a refusal) without crashing, hanging or breaking the parser's own promises; the ASan build
// turns memory errors into failures.

#include <QByteArray>
#include <QList>
#include <QRandomGenerator>
#include <QString>

#include <functional>

namespace rc::test {

// Every *.json of tests/fuzz-corpus/<folder>, by name.
QList<QByteArray> fuzzCorpus(const QString &folder);
// Every *.json of a folder of the source tree (for data shipped with the program).
QList<QByteArray> jsonFilesIn(const QString &sourceFolder);

// One mutant of `seed`: same shape with wrong types and values, truncated, bytes flipped, JSON
// punctuation inserted, nested deep, parts repeated, or a different top level.
QByteArray mutateJson(const QByteArray &seed, QRandomGenerator &rng);

// Runs `check` over the seeds, then `iterations` mutants of them; `check` returns what promise
// an input broke (empty: none). A QtTest failure names the input; one input over 2 s fails too.
void fuzzJson(const QList<QByteArray> &seeds, quint32 randomSeed, int iterations,
              const std::function<QString(const QByteArray &)> &check);

} // namespace rc::test
