package org.coopsuite.infra.token;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The RSA 2048 key pair that signs the local stack's tokens (RS256). On disk under
 * {@code <data-dir>/keys/}: {@value #PRIVATE_KEY_FILE} (PKCS#8, {@code PRIVATE KEY}, readable by
 * its owner only where the file system allows) and {@value #PUBLIC_KEY_FILE} (X.509
 * {@code PUBLIC KEY}, what the services' {@code public-key-location} reads).
 */
public final class JwtKeys {

    /** The directory under the data directory that holds both files. */
    public static final String DIRECTORY = "keys";
    public static final String PRIVATE_KEY_FILE = "jwt-private.pem";
    public static final String PUBLIC_KEY_FILE = "jwt-public.pem";

    private static final Logger log = LoggerFactory.getLogger(JwtKeys.class);
    private static final String PRIVATE_KEY = "PRIVATE KEY";
    private static final String PUBLIC_KEY = "PUBLIC KEY";

    private final RSAPrivateCrtKey privateKey;
    private final RSAPublicKey publicKey;

    private JwtKeys(RSAPrivateCrtKey privateKey) {
        this.privateKey = privateKey;
        this.publicKey = publicKeyOf(privateKey);
    }

    /** A new key pair, in memory only. */
    public static JwtKeys generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            return new JwtKeys((RSAPrivateCrtKey) pair.getPrivate());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot generate an RSA key pair", e);
        }
    }

    /**
     * The key pair under {@code dataDir}, generated and written on the first call, read on later
     * ones. A missing public key file is written again from the private key.
     */
    public static JwtKeys ensure(Path dataDir) {
        Path dir = directory(dataDir);
        if (Files.exists(dir.resolve(PRIVATE_KEY_FILE))) {
            JwtKeys keys = load(dataDir);
            KeyFiles.writeIfChanged(dir.resolve(PUBLIC_KEY_FILE), keys.publicKeyPem());
            log.info("JWT key pair in {} (services verify with {})", dir.toAbsolutePath().normalize(), PUBLIC_KEY_FILE);
            return keys;
        }
        JwtKeys keys = generate();
        // Private first: a public key without its private key would verify tokens nobody can mint.
        KeyFiles.writeOwnerOnly(dir.resolve(PRIVATE_KEY_FILE), keys.privateKeyPem());
        KeyFiles.writeIfChanged(dir.resolve(PUBLIC_KEY_FILE), keys.publicKeyPem());
        log.info("Generated a JWT key pair in {} (services verify with {})", dir.toAbsolutePath().normalize(), PUBLIC_KEY_FILE);
        return keys;
    }

    /**
     * The key pair under {@code dataDir}, read from its private key; writes nothing.
     *
     * @throws MissingKeysException if there is no private key file
     * @throws IllegalStateException if the file holds no RSA private key
     */
    public static JwtKeys load(Path dataDir) {
        Path file = directory(dataDir).resolve(PRIVATE_KEY_FILE);
        if (!Files.exists(file)) {
            throw new MissingKeysException(file);
        }
        try {
            byte[] der = Pem.decode(PRIVATE_KEY, KeyFiles.read(file));
            return new JwtKeys((RSAPrivateCrtKey) KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der)));
        } catch (GeneralSecurityException | IllegalArgumentException | ClassCastException e) {
            throw new IllegalStateException("Cannot read an RSA private key from " + file + ": " + e.getMessage(), e);
        }
    }

    /** Where the key files live: {@code <dataDir>/keys}. */
    public static Path directory(Path dataDir) {
        return dataDir.resolve(DIRECTORY);
    }

    /** Signs tokens. */
    public RSAPrivateCrtKey privateKey() {
        return privateKey;
    }

    /** Verifies tokens. */
    public RSAPublicKey publicKey() {
        return publicKey;
    }

    /** The public key as an X.509 {@code PUBLIC KEY} PEM, as Spring Security's {@code public-key-location} reads it. */
    public String publicKeyPem() {
        return Pem.encode(PUBLIC_KEY, publicKey.getEncoded());
    }

    String privateKeyPem() {
        return Pem.encode(PRIVATE_KEY, privateKey.getEncoded());
    }

    // The private key alone is the truth: its public half is derived, so the two cannot disagree.
    private static RSAPublicKey publicKeyOf(RSAPrivateCrtKey privateKey) {
        try {
            RSAPublicKeySpec spec = new RSAPublicKeySpec(privateKey.getModulus(), privateKey.getPublicExponent());
            return (RSAPublicKey) KeyFactory.getInstance("RSA").generatePublic(spec);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot derive the RSA public key", e);
        }
    }
}
