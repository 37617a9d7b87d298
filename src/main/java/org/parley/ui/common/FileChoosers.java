package org.parley.ui.common;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.FileChooser;

/** The file choosers, which open where the last one was used: people export and import from one folder. */
final class FileChoosers {

    private final DialogOwner owner;
    private File lastFolder;

    FileChoosers(DialogOwner owner) {
        this.owner = owner;
    }

    Optional<Path> chooseSaveFile(String title, String initialName, String kind, String pattern) {
        FileChooser chooser = chooser(title, kind, pattern);
        chooser.setInitialFileName(initialName);
        File file = chooser.showSaveDialog(owner.window());
        if (file != null) {
            lastFolder = file.getParentFile();
        }
        return Optional.ofNullable(file).map(File::toPath);
    }

    Optional<Path> chooseOpenFile(String title, String kind, String pattern) {
        File file = chooser(title, kind, pattern).showOpenDialog(owner.window());
        if (file != null) {
            lastFolder = file.getParentFile();
        }
        return Optional.ofNullable(file).map(File::toPath);
    }

    private FileChooser chooser(String title, String kind, String pattern) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter(kind, pattern),
                new FileChooser.ExtensionFilter("All files", "*"));
        if (lastFolder != null && lastFolder.isDirectory()) {
            chooser.setInitialDirectory(lastFolder);
        }
        return chooser;
    }
}
