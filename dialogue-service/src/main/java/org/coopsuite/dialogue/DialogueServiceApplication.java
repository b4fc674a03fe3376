package org.coopsuite.dialogue;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The dialogue service of the STI Cooperation Suite. */
@SpringBootApplication
public class DialogueServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(DialogueServiceApplication.class, args);
    }
}
