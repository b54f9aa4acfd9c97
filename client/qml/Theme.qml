// Colours and sizes shared by every page: one place to keep the app consistent. Touch targets are at
// least 48 px (Material's minimum).
pragma Singleton
import QtQuick

QtObject {
    readonly property color primary: "#00796B"      // teal 700
    readonly property color accent: "#C2185B"       // pink 700: the Union's colour on its banners
    readonly property color pending: "#EF6C00"
    readonly property color sent: "#2E7D32"
    readonly property color rejected: "#C62828"
    readonly property color muted: "#616161"
    readonly property color cardBorder: "#E0E0E0"
    readonly property int touch: 48
    readonly property int gap: 16
    readonly property int wideLayout: 700           // narrower than this: phone layout
}
