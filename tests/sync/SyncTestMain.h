#pragma once

#include "SyncServer.h"

#include <QCoreApplication>
#include <QTest>

#include <cstdio>

// main() for a test that needs a PouchDB Server: exit 77 (CTest: skipped) with the reason
// printed when node or pouchdb-server is missing; otherwise the test runs.
#define DIT_SYNC_SERVER_TEST_MAIN(TestClass)                                                       \
    int main(int argc, char **argv)                                                                \
    {                                                                                              \
        QCoreApplication app(argc, argv);                                                          \
        if (const QString why = dit::test::SyncServer::unavailableReason(); !why.isEmpty()) {      \
            std::fprintf(stdout, "SKIP: %s\n", qPrintable(why));                                   \
            return 77;                                                                             \
        }                                                                                          \
        TestClass t;                                                                               \
        return QTest::qExec(&t, argc, argv);                                                       \
    }
