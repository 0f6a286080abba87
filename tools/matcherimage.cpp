// Build-time tool: writes the built-in gazetteer's matcher (text::EntityMatcher::image()),
// which the executables carry as :/matcher/builtin.bin, so that `chipline tag` starts
// without parsing the gazetteer or building the automaton.
//
//   chipline_matcherimage OUT
#include "text/entitymatcher.h"
#include "text/gazetteer.h"

#include <QCoreApplication>
#include <QSaveFile>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: chipline_matcherimage OUT\n");
        return 2;
    }
    const auto gazetteer = chipline::text::Gazetteer::builtIn();
    if (!gazetteer) {
        std::fprintf(stderr, "chipline_matcherimage: %s\n", qPrintable(gazetteer.error().message));
        return 1;
    }
    const chipline::text::EntityMatcher matcher(gazetteer.value());
    QSaveFile out(QString::fromLocal8Bit(argv[1]));
    if (!out.open(QIODevice::WriteOnly) || out.write(matcher.image()) < 0 || !out.commit()) {
        std::fprintf(stderr, "chipline_matcherimage: cannot write %s\n", argv[1]);
        return 1;
    }
    return 0;
}
