// The main of every benchmark: Google Benchmark's flags first, then a QCoreApplication (the
// view models need an event loop object; nothing here runs it).
#include <QCoreApplication>
#include <QLoggingCategory>

#include <benchmark/benchmark.h>

int main(int argc, char **argv)
{
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("dit.*.info=false"));
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
