#pragma once
// One function per `fazhi` command; each takes the arguments after the command name and
// returns the process exit code.
#include <QStringList>

namespace fz::cli {

int runNumbers(const QStringList &args);
int runExtract(const QStringList &args);
int runImport(const QStringList &args);
int runList(const QStringList &args);
int runReextract(const QStringList &args);
int runMentions(const QStringList &args);
int runAnnotate(const QStringList &args);
int runSetValue(const QStringList &args);
int runVerify(const QStringList &args);
int runReject(const QStringList &args);
int runHeadline(const QStringList &args);
int runAddMention(const QStringList &args);
int runSetMetadata(const QStringList &args);
int runExport(const QStringList &args);
int runExportAnnotations(const QStringList &args);
int runChart(const QStringList &args);
int runDemo(const QStringList &args);
int runCopy(const QStringList &args);

} // namespace fz::cli
