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

} // namespace fz::cli
