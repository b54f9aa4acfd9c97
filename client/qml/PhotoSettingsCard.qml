// The leader's choice for evidence photos: send them only over Wi-Fi, to spare mobile data. Records are
// never held back by it.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import SoHoi.Models

Card {
    id: card
    property RecordManager manager
    PhotoShelf { id: shelf; manager: card.manager }
    ColumnLayout {
        width: parent.width
        Switch {
            objectName: "photosWifiOnly"
            text: qsTr("Send photos only over Wi-Fi")
            checked: shelf.wifiOnly
            onToggled: shelf.wifiOnly = checked
            Layout.fillWidth: true
        }
        Label {
            text: qsTr("Records are always sent at once; photos then wait for Wi-Fi to spare mobile data.")
            wrapMode: Text.Wrap; Layout.fillWidth: true; color: Theme.muted
        }
    }
}
