// fazhi demo --out DIR [--count N] [--seed S]: writes the synthetic demo corpus (reports in
// several formats and encodings, with demo.gold.json holding their answers).
#include "clicommon.h"
#include "commands.h"
#include "democorpus.h"

namespace fz::cli {

int runDemo(const QStringList &argv)
{
    const Args a = parseArgs(argv, {QStringLiteral("out"), QStringLiteral("count"), QStringLiteral("seed"),
                                    QStringLiteral("years")}, {QStringLiteral("no-chrome"), QStringLiteral("national")});
    if (!a.error.isEmpty() || !a.has(QStringLiteral("out"))) {
        fail(a.error.isEmpty() ? QStringLiteral("usage: fazhi demo --out DIR [--count N] [--seed S]") : a.error);
        return 2;
    }
    DemoOptions o;
    bool ok = true;
    if (a.has(QStringLiteral("count"))) o.count = a.value(QStringLiteral("count")).toInt(&ok);
    if (ok && a.has(QStringLiteral("seed"))) o.seed = a.value(QStringLiteral("seed")).toUInt(&ok);
    if (!ok || o.count <= 0) {
        fail(QStringLiteral("--count and --seed take positive numbers"));
        return 2;
    }
    o.chrome = !a.has(QStringLiteral("no-chrome"));
    o.nationalPanel = a.has(QStringLiteral("national")) || o.count > 400;
    const QVector<DemoReport> reports = DemoCorpus::generate(o);
    QString error;
    if (!DemoCorpus::write(reports, a.value(QStringLiteral("out")), &error)) {
        fail(error);
        return 1;
    }
    out() << "wrote " << reports.size() << " demo reports and demo.gold.json to " << a.value(QStringLiteral("out")) << '\n';
    out().flush();
    return 0;
}

} // namespace fz::cli
