// fazhi: command-line front end of Fazhi Workbench.
#include "clicommon.h"
#include "commands.h"
#include "pdfreader.h"

#include <QApplication>
#include <QCoreApplication>
#include <memory>
#include <functional>
#include <map>

using namespace fz::cli;

namespace {

struct Command {
    std::function<int(const QStringList &)> run;
    const char *synopsis;
};

const std::map<QString, Command> &commands()
{
    static const std::map<QString, Command> table = {
        {QStringLiteral("numbers"), {runNumbers, "numbers --json                 numbers in each stdin line, as JSON"}},
        {QStringLiteral("extract"), {runExtract, "extract --json FILE...         metadata and indicators of files (no database)"}},
        {QStringLiteral("import"), {runImport, "import [--db PATH] PATH...     import files and folders into the library"}},
        {QStringLiteral("list"), {runList, "list [--db PATH] [--json]      the reports in the library"}},
        {QStringLiteral("reextract"), {runReextract, "reextract [--db PATH]          re-run extraction, keeping manual edits"}},
        {QStringLiteral("mentions"), {runMentions, "mentions --report ID [--json]  a report's indicator mentions, with ids"}},
        {QStringLiteral("annotate"), {runAnnotate, "annotate --report ID (--start N --end N | --text T) [--note N] [--color #rrggbb]\n"
                                                   "                                 (--edit ID | --delete ID to change one)"}},
        {QStringLiteral("set-value"), {runSetValue, "set-value --mention ID --value V [--if-version N]  correct a value (219.4万 reads too)"}},
        {QStringLiteral("verify"), {runVerify, "verify --mention ID [--undo]   mark a value checked"}},
        {QStringLiteral("reject"), {runReject, "reject --mention ID [--undo]   mark a mention wrong"}},
        {QStringLiteral("headline"), {runHeadline, "headline --mention ID          make it its indicator's headline"}},
        {QStringLiteral("add-mention"), {runAddMention, "add-mention --report ID --key KEY (--text T | --start N --end N) [--value V]"}},
        {QStringLiteral("set-metadata"), {runSetMetadata, "set-metadata --report ID --field region|parents|level|year|published|title --value V\n"
                                                         "                                 [--if-value OLD]  refused if someone changed it since"}},
        {QStringLiteral("export"), {runExport, "export (--csv|--json) [--headlines] [--key K] [--out FILE]  indicator values"}},
        {QStringLiteral("export-annotations"), {runExportAnnotations, "export-annotations (--csv|--json) [--report ID] [--out FILE]"}},
        {QStringLiteral("copy"), {runCopy, "copy --from DB --to DB         a library between SQLite and PostgreSQL, verified"}},
        {QStringLiteral("demo"), {runDemo, "demo --out DIR [--count N] [--seed S]  write the synthetic demo corpus"}},
        {QStringLiteral("chart"), {runChart, "chart --indicator KEY [--regions A,B|--province P] [--years 2016-2023] [--kind bar|grouped|line]\n"
                                             "                                 --png OUT.png [--svg OUT.svg] [--csv OUT.csv] [--width W --height H --dpi D]"}},
    };
    return table;
}

void usage()
{
    out() << "usage: fazhi COMMAND [OPTIONS]\n\ncommands:\n";
    for (const auto &[name, cmd] : commands())
        out() << "  " << cmd.synopsis << '\n';
    out() << "\n  --version                      print the version\n";
    out().flush();
}

} // namespace

int main(int argc, char *argv[])
{
    // Charts need a GUI application; without a display they render offscreen.
    const bool charting = argc > 1 && qstrcmp(argv[1], "chart") == 0;
    if (charting && qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") &&
        qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> appHolder(charting ? new QApplication(argc, argv) : new QCoreApplication(argc, argv));
    QCoreApplication &app = *appHolder;
    QCoreApplication::setApplicationName(QStringLiteral("fazhi"));
    QCoreApplication::setOrganizationName(QStringLiteral("fazhi"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FAZHI_VERSION));
    fz::registerPdfReader();
    QStringList args = app.arguments().mid(1);
    if (args.isEmpty() || args.first() == QLatin1String("--help") || args.first() == QLatin1String("-h") ||
        args.first() == QLatin1String("help")) {
        usage();
        return args.isEmpty() ? 2 : 0;
    }
    if (args.first() == QLatin1String("--version")) {
        out() << "fazhi " << FAZHI_VERSION << '\n';
        out().flush();
        return 0;
    }
    const QString name = args.takeFirst();
    const auto it = commands().find(name);
    if (it == commands().end()) {
        fail(QStringLiteral("unknown command '%1' (see fazhi --help)").arg(name));
        return 2;
    }
    return it->second.run(args);
}
