// Runs a fuzz target over every file of its corpus directories once: the CTest regression test for each target,
// built with the ordinary compiler (libFuzzer builds link libFuzzer's own main instead; see scripts/fuzz).
// Fails when a directory is missing or empty, so a lost corpus is noticed; a broken property aborts.

#include "fuzz.h"

#include <QDir>
#include <QFile>

#include <cstdio>

int main(int argc, char **argv)
{
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s CORPUS_DIR_OR_FILE...\n", argv[0]);
        return 2;
    }
    int inputs = 0;
    for (int i = 1; i < argc; ++i) {
        const QString path = QString::fromLocal8Bit(argv[i]);
        QStringList files;
        if (QFileInfo(path).isDir()) {
            const QDir dir(path);
            for (const QString &name : dir.entryList(QDir::Files, QDir::Name))
                files << dir.filePath(name);
            if (files.isEmpty()) {
                std::fprintf(stderr, "%s: no inputs in %s\n", argv[0], argv[i]);
                return 1;
            }
        } else {
            files << path;
        }
        for (const QString &file : files) {
            QFile f(file);
            if (!f.open(QIODevice::ReadOnly)) {
                std::fprintf(stderr, "%s: cannot read %s\n", argv[0], qPrintable(file));
                return 1;
            }
            const QByteArray data = f.readAll();
            LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t *>(data.constData()), std::size_t(data.size()));
            ++inputs;
        }
    }
    std::printf("%s: %d inputs replayed, no property broken\n", argv[0], inputs);
    return 0;
}
