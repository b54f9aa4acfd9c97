#pragma once
// The PDF reports are laid out by QTextDocument and written by QPdfWriter, which need fonts, and Qt finds
// fonts only through a QGuiApplication. sohoi-server and sohoi-admin run on machines without a display, so
// they make their QGuiApplication on Qt's offscreen platform: fonts from fontconfig, no windowing system.
#include <QGuiApplication>

namespace sohoi::server {

/// Chooses the offscreen platform. REQUIRES: called before the QGuiApplication is constructed.
void useOffscreenPlatform();

/// True when this process has a QGuiApplication, so documents can be laid out (pdf_document.h).
bool canLayOutDocuments();

}  // namespace sohoi::server
