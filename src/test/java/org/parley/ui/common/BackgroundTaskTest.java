package org.parley.ui.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BackgroundTaskTest {

    private final DirectTaskRunner tasks = new DirectTaskRunner();
    private final List<String> told = new ArrayList<>();

    @Test
    void aSuccessRunsOnFinishedFirstAndThenOnSuccessWithTheResult() {
        tasks.task("Adding", () -> 20 + 22)
                .onFinished(() -> told.add("finished"))
                .onSuccess(sum -> told.add("success " + sum))
                .onFailure(error -> told.add("failure"))
                .start();

        assertThat(told).containsExactly("finished", "success 42");
    }

    @Test
    void aFailureRunsOnFinishedFirstAndThenOnFailureWithTheError() {
        tasks.task("Failing", () -> {
            throw new IllegalStateException("disk full");
        }).onFinished(() -> told.add("finished"))
                .onSuccess(result -> told.add("success"))
                .onFailure(error -> told.add("failure " + error.getMessage()))
                .start();

        assertThat(told).containsExactly("finished", "failure disk full");
    }

    @Test
    void aCancelledTaskRunsOnCancelledInsteadOfTheOtherTwo() {
        tasks.cancelNext();
        tasks.task("Importing", progress -> {
            if (progress.cancelled()) {
                throw new InterruptedException("cancelled");
            }
            return "done";
        }).onFinished(() -> told.add("finished"))
                .onSuccess(result -> told.add("success"))
                .onFailure(error -> told.add("failure"))
                .cancellable(() -> told.add("cancelled"))
                .start();

        assertThat(told).containsExactly("finished", "cancelled");
    }

    @Test
    void aTaskThatSaysNothingAboutAFailureIsRefusedBeforeItRuns() {
        BackgroundTask<Integer> unhandled = tasks.task("Counting", () -> {
            told.add("ran");
            return 1;
        }).onSuccess(n -> told.add("success"));

        assertThatThrownBy(unhandled::start).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Counting").hasMessageContaining("onFailure");
        assertThat(told).isEmpty();
        assertThat(tasks.runs()).isZero();
    }
}
