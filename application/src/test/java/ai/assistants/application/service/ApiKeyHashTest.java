package ai.assistants.application.service;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ApiKeyHashTest {

    @Test
    void isTheLowercaseHexSha256OfTheKeysUtf8Bytes() {
        // FIPS 180-2 test vector
        assertThat(ApiKeyHash.of("abc")).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void hashesNonAsciiKeysAsUtf8() {
        // printf 'é' | sha256sum (two UTF-8 bytes, not one ISO-8859-1 byte)
        assertThat(ApiKeyHash.of("é")).isEqualTo("4a99557e4033c3539de2eb65472017cad5f9557f7a0625a09f1c3f6e2ba69c4c");
    }

    @Test
    void givesTheDemoKeysTheHashesTheDemoDataStores() {
        assertThat(ApiKeyHash.of("demo-key-alpha"))
                .isEqualTo("e49052cb77a35e3ebf86f7d184651dbf07b0fc8707d8ecb748fbf759b0a1d129");
        assertThat(ApiKeyHash.of("demo-key-beta"))
                .isEqualTo("f0151b84a66c52ae9d90f60e7a45a0ebc7fa3560a96f32700ab4ed9d36614a7e");
    }
}
