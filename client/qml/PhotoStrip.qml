// Ảnh minh chứng: the photos a record lists and the place it was made at. In a form (editor set) photos
// are taken with the camera or picked from files, and removed; on a record's page they are only shown.
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import SoHoi.Models

ColumnLayout {
    id: strip
    property RecordManager manager
    property RecordEditor editor: null
    property string kind
    property string recordId
    property int revision: 0
    // Read again when the form changes, photos arrive from the server, or the store is set.
    readonly property var hashes: {
        revision; shelf.manager
        return editor ? shelf.photosIn(editor) : shelf.photosOf(recordId)
    }
    readonly property string place: {
        revision; shelf.manager
        return editor ? shelf.placeIn(editor) : shelf.placeOf(recordId)
    }
    objectName: "photoStrip"
    visible: shelf.takesEvidence(kind)
    spacing: 8

    function add(hash) {
        if (hash.length > 0 && strip.hashes.indexOf(hash) < 0) strip.editor.toggleId("photos", hash)
        strip.revision++
    }

    PhotoShelf { id: shelf; manager: strip.manager; onPhotosArrived: strip.revision++ }
    PlaceSource {
        id: here
        onPlaceFound: (latitude, longitude, accuracy) => {
            if (!strip.editor || strip.place.length > 0) return
            strip.editor.setText("latitude_e6", String(latitude))
            strip.editor.setText("longitude_e6", String(longitude))
            strip.editor.setText("accuracy_m", String(accuracy))
            strip.revision++
        }
    }
    Connections {
        target: strip.editor
        function onFormChanged() { strip.revision++ }
    }
    Component.onCompleted: {
        // A form opened on a record may have loaded it before the Connections above was made.
        strip.revision++
        if (editor && recordId.length === 0) here.locate()
        else if (!editor && recordId.length > 0) shelf.fetchMissing(recordId)
    }
    onRecordIdChanged: if (!editor && recordId.length > 0) shelf.fetchMissing(recordId)

    Label { text: qsTr("Evidence photos"); font.pixelSize: 18; font.weight: Font.Medium }
    Flow {
        Layout.fillWidth: true
        spacing: 8
        Repeater {
            model: strip.hashes
            delegate: Rectangle {
                required property string modelData
                width: 132; height: 132
                color: Theme.muted
                radius: 4
                Image {
                    anchors.fill: parent
                    anchors.margins: 1
                    source: { strip.revision; shelf.manager; return shelf.urlOf(parent.modelData) }
                    sourceSize: Qt.size(264, 264)
                    fillMode: Image.PreserveAspectCrop
                    asynchronous: true
                }
                Label {
                    anchors.centerIn: parent
                    visible: { strip.revision; shelf.manager; return shelf.urlOf(parent.modelData).toString().length === 0 }
                    width: parent.width - 8
                    horizontalAlignment: Text.AlignHCenter
                    wrapMode: Text.Wrap
                    color: "white"
                    text: qsTr("Photo not on this device yet")
                }
                RoundButton {
                    visible: strip.editor !== null
                    anchors.top: parent.top
                    anchors.right: parent.right
                    text: "✕"
                    Accessible.name: qsTr("Remove this photo")
                    onClicked: { strip.editor.toggleId("photos", parent.modelData); strip.revision++ }
                }
            }
        }
    }
    Label {
        visible: strip.hashes.length === 0
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        color: Theme.muted
        text: strip.editor ? qsTr("No photos yet: add the attendance sheet or a photo of the meeting.")
                           : qsTr("No photos.")
    }
    RowLayout {
        visible: strip.editor !== null
        spacing: 8
        Button {
            objectName: "takePhotoButton"
            visible: shelf.cameraAvailable
            text: qsTr("Take a photo")
            onClicked: camera.item.open()
        }
        Button {
            objectName: "choosePhotoButton"
            text: qsTr("Choose a photo")
            onClicked: files.open()
        }
    }
    Label {
        visible: shelf.error.length > 0
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        color: Theme.rejected
        text: shelf.error
    }
    Label {
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        color: Theme.muted
        text: strip.place.length > 0 ? qsTr("Place: %1").arg(strip.place)
            : !strip.editor ? qsTr("Place: not recorded")
            : here.searching ? qsTr("Place: looking for it…")
            : here.available ? qsTr("Place: the device did not find it")
            : qsTr("Place: this device does not report one")
    }

    FileDialog {
        id: files
        title: qsTr("Choose a photo")
        nameFilters: [qsTr("Photos (*.jpg *.jpeg *.png)")]
        onAccepted: strip.add(shelf.attach(selectedFile))
    }
    // The camera is set up only on a device that has one, and runs only while its dialog is open.
    Loader {
        id: camera
        active: strip.editor !== null && shelf.cameraAvailable
        sourceComponent: PhotoCameraDialog {
            onCaptured: (path) => strip.add(shelf.attach("file://" + path))
        }
    }
}
