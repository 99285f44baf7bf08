package parser

import (
	"fmt"
	"testing"

	"github.com/docs2go/docs2go/schema"
)

// TestOtherColumns checks the columns of no field fact's kind on pages
// of both protocols: a Default column gives the default ("-" none), a
// Since or Example column adds nothing to the description, whose bounds
// are still read, and the Description may come before the Mandatory
// column; in a GearN page of flattened text too, its cells run together
// and its requiredness in words, and in the styles whose header cells are
// told by their words (one cell per line, columns aligned with spaces).
func TestOtherColumns(t *testing.T) {
	kakao := `/raid/attack
설명 (Description)
Attacks.
메서드 (Method)
POST
요청 헤더 (Request Headers)
Name | Type | Mandatory | Description |
appSecret | String | Y | App Secret |
요청 본문 (Request Body)
Name | Type | Description | Mandatory | Default | Since |
comboCount | int | Hits, 0 ~ 999 | N | 0 | 5.2 |
raidId | long | Raid ID | Y | - | 5.1 |
응답 상태 코드 (Response Status Code)
Status Code | Status Code Description | Status Code Detailed Description |
200 | Normal Response | Normal |
`
	gearn := "Raid\nattack\n\n### HTTP\n\nPOST /api/rJson/raid/client/attack\n\n### Request Headers\n\n| Name | Required | Description |\n| --- | --- | --- |\n| Auth-Token | true | A token. |\n\n### Request Body\n\n| Code | Type | Required | Example | Default | Description |\n| --- | --- | --- | --- | --- | --- |\n| comboCount | int32 | N | `12` | 0 | Hits. (from 0 to 999) |\n| raidId | int64 | Y | `3021` | - | Raid ID. |\n" +
		"\n### Response Body\n\n200 Ok\n\n| Code | Type | Required | Description |\n| --- | --- | --- | --- |\n| returnCode | ReturnCode | true | The outcome. See ReturnCode |\n| debugMessage | string | false | A message. |\n| parameters | AttackResponseData | false | The answer. |\n\n### AttackResponseData\n\n| Code | Type | Required | Description |\n| --- | --- | --- | --- |\n| hp | number int | true | HP left. |\n\n### ReturnCode\n\n| Name | Code | Description |\n| --- | --- | --- |\n| Ok | 1 | Done. |\n"
	flat := "Raid\nattack\nHTTP\nPOST /api/rJson/raid/client/attack\nRequest Headers\nNameRequiredDescription\nAuth-TokenYesA token.\nContent-TypeYesapplication/json\nRequest Body\nCodeTypeRequiredSinceDefaultDescription\n" +
		"comboCountint32No5.2\t0Hits. (from 0 to 999)\nraidIdint64Yes5.1\t-Raid ID.\n" +
		"Response Body\n200 Ok\nCodeTypeRequiredDescription\nreturnCodeReturnCodeYesThe outcome. See ReturnCode\ndebugMessagestringNoA message.\nparametersAttackResponseDataNoThe answer.\nAttackResponseData\nCodeTypeRequiredDescription\nhpnumber intYesHP left.\nReturnCode\nNameCodeDescription\nOk1Done.\n"
	cells := "/raid/attack\n설명 (Description)\nAttacks.\n메서드 (Method)\nPOST\n요청 헤더 (Request Headers)\nName\nType\nMandatory\nDescription\nappSecret\nString\nY\nApp Secret\n" +
		"요청 본문 (Request Body)\nName\nType\nMandatory\nDefault\nSince\nDescription\ncomboCount\nint\nN\n0\n5.2\nHits, 0 ~ 999\nraidId\nlong\nY\n-\n5.1\nRaid ID\n" +
		"응답 상태 코드 (Response Status Code)\nStatus Code\nStatus Code Description\n200\nNormal Response\n"
	aligned := "Raid\nattack\n\nClient\n\nPOST /api/rJson/raid/client/attack\n\nRequest Headers\n\nName           Required   Description\nAuth-Token     Yes        A token.\n\nRequest Body\n\n" +
		"Code           Type       Required   Since   Default   Description\ncomboCount     int32      No         5.2     0         Hits. (from 0 to 999)\nraidId         int64      Yes        5.1     -         Raid ID.\n\n" +
		"Response Body\n\n200 Ok\n\nCode                 Type                 Required   Description\nreturnCode           ReturnCode           Yes        The outcome. See ReturnCode\ndebugMessage         string               No         A message.\nparameters           AttackResponseData   No         The answer.\n\n" +
		"AttackResponseData\n\nCode     Type         Required   Description\nhp       integer      Yes        HP left.\n\nReturnCode\n\nName   Code   Description\nOk     1      Done.\n"
	for name, data := range map[string]string{"raid.txt": kakao, "raid.md": gearn, "raidflat.txt": flat, "raidcells.txt": cells, "raidaligned.txt": aligned} {
		t.Run(name, func(t *testing.T) {
			res, err := Parse([]Page{{Name: name, Data: []byte(data)}}, Options{Name: "x"})
			if err != nil {
				t.Fatal(err)
			}
			var fields []*schema.Field
			for _, op := range res.API.Operations {
				for _, ep := range op.Endpoints {
					fields = append(fields, ep.Body...)
				}
			}
			if len(fields) != 2 {
				t.Fatalf("%d body fields, want 2", len(fields))
			}
			combo, raid := fields[0], fields[1]
			if combo.Type != schema.Integer || combo.Required || fmt.Sprint(combo.Default) != "0" || combo.Maximum == nil || *combo.Maximum != 999 {
				t.Errorf("comboCount: %+v; want an optional integer up to 999, default 0", combo)
			}
			if raid.Type != schema.Integer || !raid.Required || raid.Default != nil {
				t.Errorf("raidId: %+v; want a required integer without a default", raid)
			}
		})
	}
}
