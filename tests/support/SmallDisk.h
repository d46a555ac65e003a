#pragma once

#include <QString>

namespace dit::test {

// The small file system tests/reliability/with-small-fs.sh mounts (DIT_SMALL_FS), empty
// when the test is not run through it.
QString smallDisk();

// Fills a file system with one file so the next writes fail with "no space left".
class DiskFiller
{
public:
    explicit DiskFiller(const QString &dir);
    ~DiskFiller();
    DiskFiller(const DiskFiller &) = delete;
    DiskFiller &operator=(const DiskFiller &) = delete;

    // Writes until nothing more fits.
    void fill();
    // Frees about `bytes` again (whole 4 KiB pages), so a little fits.
    void leaveFree(qint64 bytes);
    // Removes the filler: the space is back.
    void release();

private:
    QString m_path;
    int m_fd = -1;
    qint64 m_size = 0;
};

} // namespace dit::test
