package org.coopsuite.infra.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.security.converter.RsaKeyConverters;

class JwtKeysTest {

    @TempDir
    Path dataDir;

    @Test
    void generatesTheKeyPairOnceAndReusesItAfterwards() throws IOException {
        JwtKeys first = JwtKeys.ensure(dataDir);
        String publicPem = Files.readString(publicKeyFile());

        JwtKeys second = JwtKeys.ensure(dataDir);

        assertThat(second.privateKey()).isEqualTo(first.privateKey());
        assertThat(second.publicKey()).isEqualTo(first.publicKey());
        assertThat(Files.readString(publicKeyFile())).isEqualTo(publicPem);
    }

    @Test
    void writesPemFilesThatSpringSecurityReads() throws IOException {
        JwtKeys keys = JwtKeys.ensure(dataDir);

        try (InputStream publicPem = Files.newInputStream(publicKeyFile());
             InputStream privatePem = Files.newInputStream(privateKeyFile())) {
            assertThat(RsaKeyConverters.x509().convert(publicPem)).isEqualTo(keys.publicKey());
            assertThat(RsaKeyConverters.pkcs8().convert(privatePem)).isEqualTo(keys.privateKey());
        }
        assertThat(Files.readString(publicKeyFile())).startsWith("-----BEGIN PUBLIC KEY-----\n");
        assertThat(Files.readString(privateKeyFile())).startsWith("-----BEGIN PRIVATE KEY-----\n");
    }

    @Test
    void letsOnlyItsOwnerReadThePrivateKey() throws IOException {
        assumeThat(Files.getFileStore(dataDir).supportsFileAttributeView(PosixFileAttributeView.class)).isTrue();

        JwtKeys.ensure(dataDir);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(privateKeyFile()))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(publicKeyFile()))).isEqualTo("rw-r--r--");
    }

    @Test
    void writesAMissingPublicKeyAgainFromThePrivateKey() throws IOException {
        JwtKeys first = JwtKeys.ensure(dataDir);
        Files.delete(publicKeyFile());

        JwtKeys.ensure(dataDir);

        try (InputStream publicPem = Files.newInputStream(publicKeyFile())) {
            assertThat(RsaKeyConverters.x509().convert(publicPem)).isEqualTo(first.publicKey());
        }
    }

    @Test
    void loadsWhatEnsureWroteWithoutWritingAnything() {
        JwtKeys written = JwtKeys.ensure(dataDir);

        assertThat(JwtKeys.load(dataDir).publicKey()).isEqualTo(written.publicKey());
    }

    @Test
    void loadSaysToStartTheLocalStackWhenThereIsNoKey() {
        assertThatThrownBy(() -> JwtKeys.load(dataDir))
                .isInstanceOf(MissingKeysException.class)
                .hasMessageContaining(privateKeyFile().toAbsolutePath().toString())
                .hasMessageEndingWith("start the local stack first: ./coop run");
        assertThat(dataDir.resolve("keys")).doesNotExist();
    }

    @Test
    void loadNamesTheFileWhenItHoldsNoKey() throws IOException {
        Files.createDirectories(privateKeyFile().getParent());
        Files.writeString(privateKeyFile(), "not a key");

        assertThatThrownBy(() -> JwtKeys.load(dataDir))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Cannot read an RSA private key from " + privateKeyFile());
    }

    @Test
    void generatesA2048BitKeyInMemory() {
        assertThat(JwtKeys.generate().publicKey().getModulus().bitLength()).isEqualTo(2048);
    }

    private Path privateKeyFile() {
        return dataDir.resolve("keys").resolve("jwt-private.pem");
    }

    private Path publicKeyFile() {
        return dataDir.resolve("keys").resolve("jwt-public.pem");
    }
}
