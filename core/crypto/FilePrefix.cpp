#include "FilePrefix.h"

#include <QtEndian>

namespace dit::fileprefix {

QByteArray write(const char (&magic)[8], int version, const QByteArray &header)
{
    QByteArray out(magic, sizeof magic);
    char fixed[6];
    qToBigEndian<quint16>(quint16(version), fixed);
    qToBigEndian<quint32>(quint32(header.size()), fixed + 2);
    out.append(fixed, sizeof fixed);
    out.append(header);
    return out;
}

Read read(QByteArrayView bytes, const char (&magic)[8], int version, int maxHeaderBytes)
{
    using P = Read::Problem;
    if (bytes.size() < qsizetype(sizeof magic) ||
        !bytes.startsWith(QByteArrayView(magic, sizeof magic)))
        return {P::NotOurs};
    if (bytes.size() < kFixedBytes)
        return {P::CutOff};
    const int found = qFromBigEndian<quint16>(bytes.data() + 8);
    if (found > version)
        return {P::Newer};
    if (found != version)
        return {P::UnknownVersion};
    const quint32 length = qFromBigEndian<quint32>(bytes.data() + 10);
    if (length == 0 || length > quint32(maxHeaderBytes))
        return {P::BadHeaderLength};
    return {P::None, length};
}

} // namespace dit::fileprefix
