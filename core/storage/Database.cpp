#include "Database.h"

#include "BackgroundCheck.h"
#include "common/Logging.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QUrl>

#include <cstring>
#include <sqlite3.h>
#include <sys/stat.h>

namespace dit {

namespace {

constexpr char kPlainHeader[] = "SQLite format 3";

// SQLCipher 3 defaults, pinned so a future default change cannot make a file unreadable:
// 1024-byte pages, HMAC-SHA1 per page, 64000 PBKDF2 iterations (unused with a raw key but
// still part of the format). SQLCipher 4 opens these with cipher_compatibility = 3.
constexpr const char *kCipherSettings[] = {
    "PRAGMA cipher_page_size = 1024;",
    "PRAGMA kdf_iter = 64000;",
    "PRAGMA cipher_use_hmac = ON;",
};

// The same, as defaults for databases ATTACHed to a connection (backups and restores).
constexpr const char *kCipherDefaults[] = {
    "PRAGMA cipher_default_page_size = 1024;",
    "PRAGMA cipher_default_kdf_iter = 64000;",
    "PRAGMA cipher_default_use_hmac = ON;",
};

// Journal, durability and privacy settings applied on every open.
constexpr const char *kConnectionSettings[] = {
    "PRAGMA journal_mode = WAL;", "PRAGMA synchronous = FULL;",  "PRAGMA foreign_keys = ON;",
    "PRAGMA secure_delete = ON;", "PRAGMA temp_store = MEMORY;",
};
// A second connection (a backup being made while the app writes) waits for the other's
// transaction instead of failing at once.
constexpr int kBusyTimeoutMs = 5000;

// SQLCipher's raw-key form: the key bytes as x'<64 hex digits>' passed to sqlite3_key, so
// no passphrase KDF runs and the key never appears in SQL text.
SecretBytes rawKeyLiteral(const SecretBytes &key)
{
    static const char hex[] = "0123456789abcdef";
    SecretBytes literal(key.size() * 2 + 3);
    unsigned char *p = literal.data();
    *p++ = 'x';
    *p++ = '\'';
    for (std::size_t i = 0; i < key.size(); ++i) {
        *p++ = static_cast<unsigned char>(hex[key.data()[i] >> 4]);
        *p++ = static_cast<unsigned char>(hex[key.data()[i] & 0xf]);
    }
    *p = '\'';
    return literal;
}

bool looksLikePlainSqlite(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    const QByteArray head = f.read(sizeof kPlainHeader - 1);
    return head == QByteArray(kPlainHeader);
}

// The store and the files SQLite keeps beside it must be plain files, never links: SQLite
// would write its WAL and index through a link into whatever it points to. Checked with
// lstat before SQLite opens anything (docs/SECURITY.md).
Status companionsArePlainFiles(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal"}) {
        const QString file = path + QLatin1String(suffix);
        struct stat st
        {};
        if (::lstat(QFile::encodeName(file).constData(), &st) != 0)
            continue; // absent: SQLite makes it itself
        if (!S_ISREG(st.st_mode))
            return makeError(ErrorCode::Damaged,
                             QCoreApplication::translate(
                                 "Storage", "%1 is not a regular file, so the data store was not "
                                            "opened.")
                                 .arg(QFileInfo(file).fileName()));
    }
    return {};
}

// SQLite's commit hook: a non-zero answer turns the commit into a rollback. The last line of
// the write gate, for writes that reach SQLite by a way the gate's other checks do not see.
int commitOnlyIfChecked(void *gate)
{
    return static_cast<const WriteGate *>(gate)->wait() ? 0 : 1;
}

int stopRequested(void *stop)
{
    return static_cast<const std::atomic<bool> *>(stop)->load() ? 1 : 0;
}

} // namespace

Result<std::unique_ptr<Database>> Database::open(const QString &path, const SecretBytes &rawKey,
                                                 Mode mode, Attached attached)
{
    const QFileInfo info(path);
    if (mode == Mode::CreateNew && info.exists())
        return makeError(ErrorCode::AlreadyExists,
                         QCoreApplication::translate(
                             "Storage", "A data store already exists here; it was not replaced."));
    if (mode != Mode::CreateNew) {
        if (!info.exists())
            return makeError(ErrorCode::Damaged, QCoreApplication::translate(
                                                     "Storage", "The data store file is missing."));
        if (info.size() == 0)
            return makeError(ErrorCode::Damaged, QCoreApplication::translate(
                                                     "Storage", "The data store file is empty."));
        if (!rawKey.isEmpty() && looksLikePlainSqlite(path))
            return makeError(ErrorCode::Damaged,
                             QCoreApplication::translate(
                                 "Storage", "The data store is not encrypted, so it is not the one "
                                            "this profile made."));
    }

    if (Status s = companionsArePlainFiles(path); !s)
        return s.error();
    const bool readOnly = mode == Mode::ReadOnly || mode == Mode::ReadOnlyFile;
    // For copying, the store is read-only through its name (SQLite's URI `mode=ro` or
    // `immutable`), not through the connection's flags, which attached databases inherit.
    const bool copying = readOnly && attached == Attached::Writable;
    const int flags = SQLITE_OPEN_FULLMUTEX |
                      (readOnly && !copying ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE) |
                      (mode == Mode::CreateNew ? SQLITE_OPEN_CREATE : 0) |
                      (mode == Mode::ReadOnlyFile || copying ? SQLITE_OPEN_URI : 0);
    const QByteArray uri = QUrl::fromLocalFile(info.absoluteFilePath()).toEncoded();
    const QByteArray name = mode == Mode::ReadOnlyFile ? uri + "?immutable=1"
                            : copying                  ? uri + "?mode=ro"
                                                       : QFile::encodeName(path);
    sqlite3 *handle = nullptr;
    const int rc = sqlite3_open_v2(name.constData(), &handle, flags, nullptr);
    if (rc != SQLITE_OK) {
        sqlite3_close(handle);
        return sqliteError(rc, QStringLiteral("open"));
    }
    // SQLite opens a file it may not write read-only without a word: said here, so the
    // caller can open it for reading on purpose.
    if (mode == Mode::OpenExisting && sqlite3_db_readonly(handle, "main") == 1) {
        sqlite3_close(handle);
        return makeError(ErrorCode::Io, QCoreApplication::translate(
                                            "Storage", "The data store file is read-only."));
    }
    if (copying && sqlite3_db_readonly(handle, "main") != 1) {
        sqlite3_close(handle);
        return makeError(ErrorCode::Internal,
                         QStringLiteral("The store was not opened read-only."));
    }
    std::unique_ptr<Database> db(new Database(handle, path));
    if (Status s = db->configure(rawKey, mode); !s) {
        db.reset();
        if (mode == Mode::CreateNew)
            QFile::remove(path); // only ever a file this call itself just created
        return s.error();
    }
    return db;
}

Result<std::unique_ptr<Database>> Database::openInMemory()
{
    sqlite3 *handle = nullptr;
    const int rc = sqlite3_open_v2(
        ":memory:", &handle, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_FULLMUTEX,
        nullptr);
    if (rc != SQLITE_OK) {
        sqlite3_close(handle);
        return sqliteError(rc, QStringLiteral("open in memory"));
    }
    std::unique_ptr<Database> db(new Database(handle, QStringLiteral(":memory:")));
    if (Status s = db->exec("PRAGMA temp_store = MEMORY;"); !s)
        return s.error();
    return db;
}

Status Database::configure(const SecretBytes &rawKey, Mode mode)
{
    sqlite3_busy_timeout(m_db, kBusyTimeoutMs);
    if (!rawKey.isEmpty()) {
        const SecretBytes literal = rawKeyLiteral(rawKey);
        if (sqlite3_key(m_db, literal.data(), int(literal.size())) != SQLITE_OK)
            return makeError(ErrorCode::Internal, QCoreApplication::translate(
                                                      "Storage", "Could not set the store key."));
        for (const char *sql : kCipherSettings)
            if (Status s = exec(sql); !s)
                return s;
    }
    // The first read decrypts page 1: a wrong key or a damaged first page fails here with
    // SQLITE_NOTADB, before anything is written.
    if (Status s = exec("SELECT count(*) FROM sqlite_master;"); !s)
        return s;
    if (mode == Mode::ReadOnly || mode == Mode::ReadOnlyFile)
        return exec("PRAGMA temp_store = MEMORY;");
    for (const char *sql : kConnectionSettings)
        if (Status s = exec(sql); !s)
            return s;
    return {};
}

Database::~Database()
{
    // Not known sound: closing must not fold the WAL into the store. Where SQLite cannot be
    // told so (before 3.16, SQLCipher 3), that holds all the same: a store whose check comes
    // after opening had an empty WAL, and nothing has been committed to it since.
#ifdef SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE
    if (m_gate && !m_gate->passed())
        sqlite3_db_config(m_db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr);
#endif
    m_statements->clear();
    m_statements.reset(); // a statement still in use is finalized, not given back
    if (m_db)
        sqlite3_close_v2(m_db);
}

Status Database::exec(const char *sql)
{
    char *msg = nullptr;
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, &msg);
    if (rc != SQLITE_OK) {
        // SQL text here is ours, never user data, so naming the failing statement is safe.
        // A full disk or a file that cannot be read or written is explained to the person in
        // plain words by the caller: logged only for debugging, not as a second message.
        const int primary = rc & 0xff;
        // SQLCipher's export passes a full disk on as a plain error with SQLite's words.
        const bool diskFull = msg && std::strstr(msg, "database or disk is full") != nullptr;
        if (primary == SQLITE_FULL || primary == SQLITE_IOERR || primary == SQLITE_CANTOPEN ||
            primary == SQLITE_READONLY || diskFull)
            qCDebug(lcStorage) << "statement failed:" << (msg ? msg : "") << "rc" << rc;
        else
            qCWarning(lcStorage) << "statement failed:" << (msg ? msg : "") << "rc" << rc;
        sqlite3_free(msg);
        return sqliteError(rc, QStringLiteral("exec"));
    }
    return {};
}

Result<Statement> Database::prepare(const char *sql, Reuse reuse)
{
    const QByteArray text = reuse == Reuse::Cached ? QByteArray(sql) : QByteArray();
    sqlite3_stmt *stmt = reuse == Reuse::Cached ? m_statements->take(text) : nullptr;
    if (!stmt) {
        const int rc = sqlite3_prepare_v2(m_db, sql, -1, &stmt, nullptr);
        if (rc != SQLITE_OK) {
            qCWarning(lcStorage) << "prepare failed:" << sqlite3_errmsg(m_db);
            sqlite3_finalize(stmt);
            return sqliteError(rc, QStringLiteral("prepare"));
        }
    }
    if ((m_writesRefused || m_gate) && stmt && sqlite3_stmt_readonly(stmt) == 0) {
        if (Status s = writesAllowed(); !s) {
            sqlite3_finalize(stmt);
            return s.error();
        }
    }
    // An empty statement (only a comment or white space) has no handle to keep.
    if (reuse == Reuse::Once || !stmt)
        return Statement(m_db, stmt);
    return Statement(m_db, stmt, m_statements, text);
}

void Database::holdWritesUntil(std::shared_ptr<WriteGate> gate)
{
    m_gate = std::move(gate);
    sqlite3_commit_hook(m_db, m_gate ? &commitOnlyIfChecked : nullptr, m_gate.get());
}

Status Database::writesAllowed() const
{
    if (m_writesRefused)
        return *m_writesRefused;
    if (!m_gate || m_gate->passed())
        return {};
    const QElapsedTimer waited = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();
    Status decided = m_gate->wait();
    qCDebug(lcStorage) << "a write waited" << waited.elapsed() << "ms for the integrity check";
    return decided;
}

Status Database::transaction(const std::function<Status()> &work)
{
    if (Status s = writesAllowed(); !s)
        return s;
    if (Status s = exec("BEGIN IMMEDIATE;"); !s)
        return s;
    Status result = work();
    if (result) {
        result = exec("COMMIT;");
        if (result)
            return result;
    }
    if (sqlite3_get_autocommit(m_db) == 0)
        (void)exec("ROLLBACK;");
    return result;
}

Status Database::attach(const QString &path, const char *schema, const SecretBytes &rawKey)
{
    // ATTACH reads the new database's first page at once, so its cipher settings must be in
    // place before: they come from the process-wide defaults, pinned to the same values.
    for (const char *sql : kCipherDefaults)
        if (Status s = exec(sql); !s)
            return s;
    const SecretBytes literal = rawKeyLiteral(rawKey);
    const QByteArray sql = QByteArray("ATTACH DATABASE ?1 AS ") + schema + " KEY ?2;";
    // Not kept for reuse: it is bound to a key.
    auto stmt = prepare(sql.constData(), Reuse::Once);
    if (!stmt)
        return stmt.error();
    const QByteArray file = QFile::encodeName(path);
    sqlite3_stmt *raw = stmt.value().handle();
    // SQLITE_STATIC: SQLite reads the key from guarded memory and makes no copy of its own.
    if (sqlite3_bind_text(raw, 1, file.constData(), int(file.size()), SQLITE_TRANSIENT) !=
            SQLITE_OK ||
        sqlite3_bind_text(raw, 2, reinterpret_cast<const char *>(literal.data()),
                          int(literal.size()), SQLITE_STATIC) != SQLITE_OK)
        return makeError(ErrorCode::Internal,
                         QCoreApplication::translate("Storage", "Could not set the store key."));
    return stmt.value().run();
}

Status Database::detach(const char *schema)
{
    const QByteArray sql = QByteArray("DETACH DATABASE ") + schema + ';';
    return exec(sql.constData());
}

Result<int> Database::userVersion()
{
    auto stmt = prepare("PRAGMA user_version;");
    if (!stmt)
        return stmt.error();
    if (!stmt.value().next())
        return stmt.value().failed() ? Result<int>(stmt.value().error()) : Result<int>(0);
    return int(stmt.value().integer(0));
}

Status Database::setUserVersion(int version)
{
    const QByteArray sql = "PRAGMA user_version = " + QByteArray::number(version) + ';';
    return exec(sql.constData());
}

Status Database::checkIntegrity(bool thorough, const std::atomic<bool> *stop)
{
    auto stmt = prepare(thorough ? "PRAGMA integrity_check;" : "PRAGMA quick_check;");
    if (!stmt)
        return stmt.error();
    if (stop)
        sqlite3_progress_handler(m_db, 1000, &stopRequested, const_cast<std::atomic<bool> *>(stop));
    const bool answered = stmt.value().next();
    if (stop)
        sqlite3_progress_handler(m_db, 0, nullptr, nullptr);
    if (!answered)
        return stmt.value().failed()
                   ? Status(stmt.value().error())
                   : Status(makeError(ErrorCode::Damaged, QCoreApplication::translate(
                                                              "Storage", "Integrity check gave no "
                                                                         "answer.")));
    if (stmt.value().text(0) != QStringLiteral("ok"))
        return makeError(ErrorCode::Damaged,
                         QCoreApplication::translate(
                             "Storage", "The data store failed its integrity check. Your data can "
                                        "be restored from a backup."));
    return {};
}

int Database::changes() const
{
    return sqlite3_changes(m_db);
}

Result<qint64> Database::pageCount()
{
    auto stmt = prepare("PRAGMA page_count;");
    if (!stmt)
        return stmt.error();
    if (!stmt.value().next())
        return stmt.value().error();
    return stmt.value().integer(0);
}

Result<qint64> Database::pageSize()
{
    auto stmt = prepare("PRAGMA page_size;");
    if (!stmt)
        return stmt.error();
    if (!stmt.value().next())
        return stmt.value().error();
    return stmt.value().integer(0);
}

Status Database::checkpoint()
{
    if (m_gate)
        if (Status s = m_gate->wait(); !s)
            return s;
    return exec("PRAGMA wal_checkpoint(TRUNCATE);");
}

} // namespace dit
