// A record's one status line: Chờ gửi → Đã gửi, chờ duyệt → Đã duyệt (or Bị trả lại / Bị từ chối with
// the reason), the step it stands at in bold, and under it what the leader does next.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import SoHoi.Models

Card {
    id: card
    required property RecordDetail detail
    objectName: "statusLine"
    ColumnLayout {
        width: parent.width
        spacing: 6
        Flow {
            Layout.fillWidth: true
            spacing: 6
            Repeater {
                model: card.detail.statusSteps
                delegate: Row {
                    required property var modelData
                    required property int index
                    spacing: 6
                    Label {
                        id: arrow
                        visible: index > 0
                        text: "→"
                        color: Theme.muted
                        font.pixelSize: Theme.body
                    }
                    Label {
                        objectName: "statusStep_" + index
                        text: modelData.text
                        font.pixelSize: Theme.body
                        font.weight: modelData.state === "current" || modelData.state === "problem" ? Font.Bold : Font.Normal
                        color: modelData.state === "problem" ? Theme.rejected
                             : modelData.state === "current" ? Theme.sent
                             : modelData.state === "done" ? Theme.text : Theme.muted
                        wrapMode: Text.Wrap
                        // A long reason wraps beside its arrow, within the card.
                        width: Math.min(implicitWidth, card.availableWidth - (arrow.visible ? arrow.width + parent.spacing : 0))
                    }
                }
            }
        }
        Label {
            objectName: "nextStep"
            text: card.detail.nextStep
            color: Theme.muted
            font.pixelSize: Theme.small
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
    }
}
